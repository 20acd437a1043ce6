package org.newsextract.quotes;

/**
 * A quotation found in the text, before attribution.
 *
 * @param start  index of the opening mark
 * @param end    index one past the closing mark, or one past the quotation's last non-space
 *               character when it is not closed
 * @param closed true if a closing mark ends it
 */
record QuoteSpan(int start, int end, boolean closed) {
    QuoteSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("quote span must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    /** Returns the number of characters covered. */
    int length() {
        return end - start;
    }
}
