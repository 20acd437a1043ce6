package org.newsextract.nlp;

import org.newsextract.text.TokenizedText;

/** Cuts text into tokens and sentences. Implementations are thread-safe. */
public interface TextTokenizer {
    /**
     * Tokenizes a whole document.
     *
     * @param text the document text, not null
     * @return its tokens and sentences, with offsets into {@code text}
     */
    TokenizedText tokenize(String text);
}
