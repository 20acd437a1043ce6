package org.newsextract;

/**
 * One sentence of the input text.
 *
 * @param start      index of the sentence's first character in the input text
 * @param end        index one past its last character
 * @param firstToken index of its first token in {@link Extraction#tokens()}
 * @param tokenCount how many tokens it has (at least one)
 */
public record Sentence(int start, int end, int firstToken, int tokenCount) {
    /**
     * Creates a sentence.
     *
     * @param start      index of the sentence's first character in the input text
     * @param end        index one past its last character
     * @param firstToken index of its first token in {@link Extraction#tokens()}
     * @param tokenCount how many tokens it has (at least one)
     * @throws IllegalArgumentException if the offsets or token range are invalid
     */
    public Sentence {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("sentence offsets must satisfy 0 <= start < end, got ["
                    + start + ", " + end + ")");
        }
        if (firstToken < 0 || tokenCount < 1) {
            throw new IllegalArgumentException("sentence must cover at least one token, got first="
                    + firstToken + " count=" + tokenCount);
        }
    }

    /**
     * Returns the index one past this sentence's last token.
     *
     * @return {@code firstToken() + tokenCount()}, an index into {@link Extraction#tokens()}
     */
    public int endToken() {
        return firstToken + tokenCount;
    }
}
