package org.newsextract.quotes;

/**
 * Rule: a quotation attributed inside its sentence before it ({@code Trump said he was “happy to
 * see” that Khan won, according to The New York Times}; {@code Most Americans prefer lower prices
 * to items labeled “Made in the U.S.A.,” according to an AP-GfK poll}) is a second-hand report
 * when the sentence closes with "according to Y" after it: Y, the outer source, is its speaker,
 * as {@link TrailingAttribution#reportedBy} takes it after a trailing attribution and
 * {@link SentenceAccordingTo} when the sentence opens with "According to Y,". Nothing between
 * the quotation and "according to" may be another quotation, a cue (another attribution) or a
 * sentence end, and it must lie within {@link #MAX_REACH} tokens. A medium's report closing the
 * sentence ({@code …, suggesting he might consider Kasich, CNN reported.}; a cue of
 * {@link #REPORTING_CUES} read by {@link SentenceFinalAttribution}) makes the report second-hand
 * too. Applied to every attribution found before the quotation, also one that introduces it
 * with a colon. Quotations only.
 */
final class FinalAccordingTo {
    /** The most tokens between the end of a quotation and a sentence-final "according to". */
    static final int MAX_REACH = 30;

    private FinalAccordingTo() {
    }

    /**
     * Returns the attribution to a sentence-final "according to Y" after the quotation that ends
     * before token {@code after}, or {@code a} when there is none or {@code a} is no attribution
     * found before the quotation in its sentence.
     */
    static Attribution apply(QuoteDocument d, int after, Attribution a) {
        if (a == null || a.speaker() == null || !a.explicit() || !a.rule().startsWith("before:")
                || a.rule().startsWith("before: according to") || after >= d.size()) {
            return a;
        }
        if (endsSentence(d, after - 1)) {
            return a; // “….” According to Y, …: the next sentence's source
        }
        Attribution closing = SentenceFinalAttribution.apply(d, after);
        if (closing != null && REPORTING_CUES.contains(d.lower(closing.cueStart()))) {
            // "… called it “central” to the platform, reported the Washington Examiner": a medium's report
            return new Attribution(closing.speaker(), closing.cueStart(), closing.cueEnd(), "after: report (sentence end)",
                    true);
        }
        int end = Math.min(d.size(), after + MAX_REACH);
        for (int t = after; t < end && d.paragraphOf(t) == d.paragraphOf(after); t++) {
            if (d.quoted(t) || SENTENCE_ENDS.contains(d.word(t))) {
                return a;
            }
            if (TrailingAttribution.isAccordingTo(d, t)) {
                Attribution outer = TrailingAttribution.accordingTo(d, t, "after: according to (sentence end)");
                return outer == null ? a : outer;
            }
            if (d.cueLength(t) > 0) {
                return a; // another attribution stands between
            }
        }
        return a;
    }

    /** Cues of a medium's report that close a sentence after a quotation (", CNN reported."). */
    static final java.util.Set<String> REPORTING_CUES = java.util.Set.of("reported", "reports");

    /** The marks that end the quotation's sentence before any "according to" it could take. */
    private static final java.util.Set<String> SENTENCE_ENDS = java.util.Set.of(".", "!", "?", ";", ":");

    /** True if the quotation whose closing mark is {@code last} ends with its own . ? or !. */
    private static boolean endsSentence(QuoteDocument d, int last) {
        return d.quotationEndsWith(last, w -> w.equals(".") || w.equals("?") || w.equals("!"));
    }
}
