package org.newsextract;

/**
 * A stretch of the input text: a quote's reporting cue ("said") or the words that name its
 * speaker.
 *
 * @param start index of the first character in the input text
 * @param end   index one past the last character
 * @param text  the covered text, exactly as in the input
 */
public record TextSpan(int start, int end, String text) {
    /**
     * Creates a span.
     *
     * @param start index of the first character in the input text
     * @param end   index one past the last character
     * @param text  the covered text, exactly as in the input
     * @throws IllegalArgumentException if the offsets are invalid or do not match the text
     */
    public TextSpan {
        Spans.check(start, end, text, "span");
    }
}
