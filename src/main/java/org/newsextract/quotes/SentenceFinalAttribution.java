package org.newsextract.quotes;

/**
 * Rule: an attribution that closes the sentence a quotation is in, after words of the
 * reporter's own: {@code “The only way Wall Street will change …” for criminal behavior, she
 * said.} The last comma of the sentence after the quotation must be followed by an attribution
 * as {@link TrailingAttribution} reads one, and that attribution must end the sentence (at
 * most {@link #MAX_TAIL} tokens after it, such as a time word and the full stop).
 */
final class SentenceFinalAttribution {
    static final int MAX_TAIL = 3;

    private SentenceFinalAttribution() {
    }

    /**
     * Returns the attribution at the end of the sentence of the quotation that ends before token
     * {@code after}, or null when the sentence does not end with one.
     */
    static Attribution apply(QuoteDocument d, int after) {
        if (after == 0 || after >= d.size()) {
            return null;
        }
        int end = d.sentenceEndOf(after - 1);
        if (end <= after) {
            return null;
        }
        int comma = -1;
        for (int t = end - 1; t >= after; t--) {
            if (d.quoted(t)) {
                return null;
            }
            if (d.word(t).equals(",")) {
                comma = t;
                break;
            }
        }
        if (comma < 0) {
            return null;
        }
        Attribution a = TrailingAttribution.apply(d, comma + 1);
        if (a == null || a.speaker() == null || a.cueStart() < 0) {
            return null;
        }
        int last = Math.max(a.cueEnd(), a.speaker().end());
        if (end - last > MAX_TAIL) {
            return null;
        }
        return new Attribution(a.speaker(), a.cueStart(), a.cueEnd(), "after: sentence end", true);
    }
}
