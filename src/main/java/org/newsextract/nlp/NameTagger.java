package org.newsextract.nlp;

import java.util.List;

/**
 * Finds names in a tokenized sequence: one sentence or several consecutive ones. Implementations are thread-safe: one instance serves
 * every thread of a {@link org.newsextract.NewsExtractor}.
 */
public interface NameTagger {
    /**
     * Tags a sequence of tokens.
     *
     * @param words the normalized words of one or more consecutive sentences ({@link org.newsextract.text.TokenizedText#word(int)})
     * @return the names found, with indices into {@code words}, in order, not overlapping
     */
    List<NameSpan> tag(List<String> words);
}
