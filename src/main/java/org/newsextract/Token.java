package org.newsextract;

/**
 * One token of the input text: a view over the text with character offsets.
 *
 * @param start index of the first character in the input text ({@link String} index)
 * @param end   index one past the last character (exclusive)
 * @param text  the token exactly as it appears in the input, {@code text.equals(input.substring(start, end))}
 */
public record Token(int start, int end, String text) {
    /**
     * Creates a token.
     *
     * @param start index of the first character in the input text ({@link String} index)
     * @param end   index one past the last character (exclusive)
     * @param text  the token exactly as it appears in the input, {@code text.equals(input.substring(start, end))}
     * @throws IllegalArgumentException if the offsets are negative or empty, or the text's length
     *                                  does not match them
     */
    public Token {
        Spans.check(start, end, text, "token");
    }
}
