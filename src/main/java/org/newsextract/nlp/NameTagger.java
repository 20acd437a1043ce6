package org.newsextract.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds names in a tokenized sequence: one sentence or several consecutive ones. Implementations are thread-safe: one instance serves
 * every thread of an extractor.
 */
public interface NameTagger {
    /**
     * Tags a sequence of tokens.
     *
     * @param words the normalized words of one or more consecutive sentences ({@link org.newsextract.text.TokenizedText#word(int)})
     * @return the names found, with indices into {@code words}, in order, not overlapping
     */
    List<NameSpan> tag(List<String> words);

    /**
     * Tags consecutive sentences of one document, knowing where each sentence ends. The default
     * joins the sentences and calls {@link #tag(List)}, for taggers whose features reach across
     * sentence ends (CoreNLP's CRF); taggers trained on single sentences override it to tag each
     * sentence on its own while keeping document-level memory across the run.
     *
     * @param sentences the normalized words of each sentence, in order, none empty
     * @return the names found, with indices into the concatenation of {@code sentences}, in
     *         order, not overlapping
     */
    default List<NameSpan> tagSentences(List<List<String>> sentences) {
        if (sentences.size() == 1) {
            return tag(sentences.get(0));
        }
        List<String> words = new ArrayList<>();
        for (List<String> sentence : sentences) {
            words.addAll(sentence);
        }
        return tag(words);
    }
}
