package org.newsextract;

/** The NLP engine that finds names. Every engine gives the same API and JSON. */
public enum Engine {
    /**
     * Stanford CoreNLP's tokenizer and CRF name tagger ({@code english.conll.4class}), the most
     * accurate engine and the default.
     */
    CORENLP
}
