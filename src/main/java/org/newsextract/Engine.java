package org.newsextract;

/** The NLP engine that finds names. Every engine gives the same API and JSON. */
public enum Engine {
    /**
     * Stanford CoreNLP's tokenizer and CRF name tagger ({@code english.conll.4class}), the most
     * accurate engine and the default.
     */
    CORENLP,
    /**
     * Apache OpenNLP's sentence detector, tokenizer and maximum-entropy name finder, with a
     * PER/LOC/ORG model the project trains on CoNLL-2003 ({@code models/README.md}): less
     * accurate than {@link #CORENLP}, several times faster, for archive-scale work.
     */
    OPENNLP
}
