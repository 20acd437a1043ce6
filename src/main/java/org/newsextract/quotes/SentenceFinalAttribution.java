package org.newsextract.quotes;

/**
 * Rule: an attribution that closes the sentence a quotation is in, after words of the
 * reporter's own: {@code “The only way Wall Street will change …” for criminal behavior, she
 * said.} A comma of the sentence after the quotation, the last one first, must be followed by
 * an attribution as {@link TrailingAttribution} reads one, and that attribution must end the
 * sentence: at most {@link #MAX_TAIL} tokens after it (a time word and the full stop), or an
 * apposition or prepositional phrase of at most {@link #MAX_PHRASE_TAIL} tokens with no cue,
 * quotation or "that" in it ({@code “…” like the recent volatility of markets, said Richard
 * Curtin, the chief economist of the survey.}; {@code …, Ms. Wolverton said in a court filing}).
 */
final class SentenceFinalAttribution {
    static final int MAX_TAIL = 3;
    /** The most tokens of an apposition or prepositional phrase after a sentence-final attribution. */
    static final int MAX_PHRASE_TAIL = 20;

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
        for (int t = end - 1; t >= after; t--) {
            if (d.quoted(t)) {
                return null;
            }
            if (!d.word(t).equals(",")) {
                continue;
            }
            Attribution a = TrailingAttribution.apply(d, t + 1);
            if (a == null || a.speaker() == null || a.cueStart() < 0) {
                continue;
            }
            int last = Math.max(a.cueEnd(), a.speaker().end());
            if (end - last <= MAX_TAIL || phraseTail(d, last, end)) {
                return new Attribution(a.speaker(), a.cueStart(), a.cueEnd(), "after: sentence end", true);
            }
        }
        return null;
    }

    /**
     * True if the tokens {@code [from, end)} after an attribution are an apposition (after a
     * comma) or a prepositional phrase that closes the sentence: at most {@link #MAX_PHRASE_TAIL}
     * tokens, with no cue, quotation or "that" (a reported clause) among them.
     */
    private static boolean phraseTail(QuoteDocument d, int from, int end) {
        if (from >= end || end - from > MAX_PHRASE_TAIL
                || !(d.word(from).equals(",") || SpeakerPhrases.isPreposition(d.lower(from)))) {
            return false;
        }
        for (int k = from; k < end; k++) {
            if (d.quoted(k) || d.cueLength(k) > 0 || d.lower(k).equals("that")) {
                return false;
            }
        }
        return true;
    }
}
