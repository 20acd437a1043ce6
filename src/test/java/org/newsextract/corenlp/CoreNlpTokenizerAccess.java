package org.newsextract.corenlp;

import java.util.List;

/** Lets tests in other packages see how the CoreNLP tokenizer's run guard cuts a paragraph. */
public final class CoreNlpTokenizerAccess {
    private CoreNlpTokenizerAccess() {
    }

    /** The {start, end} segments a paragraph is lexed in. */
    public static List<int[]> segments(String paragraph) {
        return CoreNlpTokenizer.segments(paragraph);
    }
}
