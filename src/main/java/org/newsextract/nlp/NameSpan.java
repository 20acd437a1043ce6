package org.newsextract.nlp;

/**
 * A name found by a tagger: a token range with a label.
 *
 * @param start      index of the first token (document-wide, or sentence-local where a method says so)
 * @param end        index one past the last token
 * @param label      the label
 * @param confidence the tagger's probability for the label over the span, in [0, 1]
 */
public record NameSpan(int start, int end, NameLabel label, double confidence) {
    public NameSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("name span must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
        if (label == null) {
            throw new IllegalArgumentException("name span label must not be null");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("name span confidence must be in [0, 1], got " + confidence);
        }
    }

    /** Returns the same span shifted by {@code offset} tokens. */
    public NameSpan shift(int offset) {
        return new NameSpan(start + offset, end + offset, label, confidence);
    }

    /** Returns the same span with another label. */
    public NameSpan withLabel(NameLabel newLabel) {
        return new NameSpan(start, end, newLabel, confidence);
    }

    /** Returns the number of tokens. */
    public int length() {
        return end - start;
    }
}
