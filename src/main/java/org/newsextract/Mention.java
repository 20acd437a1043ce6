package org.newsextract;

/**
 * One place in the text where an {@link Entity} is named.
 *
 * @param start      index of the first character in the input text
 * @param end        index one past the last character
 * @param text       the mention exactly as in the input ("Assad", "HTS")
 * @param confidence the tagger's probability that this span is a name of this entity's type,
 *                   in [0, 1]
 */
public record Mention(int start, int end, String text, double confidence) {
    /**
     * Creates a mention.
     *
     * @param start      index of the first character in the input text
     * @param end        index one past the last character
     * @param text       the mention exactly as in the input ("Assad", "HTS")
     * @param confidence the tagger's probability that this span is a name of this entity's type, in [0, 1]
     * @throws IllegalArgumentException if the offsets do not match the text or the confidence is outside [0, 1]
     */
    public Mention {
        Spans.check(start, end, text, "mention");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("mention confidence must be in [0, 1], got " + confidence);
        }
    }
}
