package org.newsextract.quotes;

/**
 * Rule: a quotation reported in a relative clause after an earlier quotation's attribution,
 * {@code “Revenues are up,” said Mr. Ekovich, who noted that prices had “cratered”}, is the
 * relative clause's report: its cue is the one after ", who", and its speaker mention is the
 * relative pronoun (standing for the antecedent's entity, as {@link SpeakerPhrases#before} makes
 * it for "Graham, who said"), not the sentence's first cue, which attributes the earlier
 * quotation. Applies when the sentence's first cue follows a quotation of the same sentence
 * ({@code “…,” said X} or {@code “…,” X said}, at most {@link #NAME_GAP} tokens between) and the
 * cue nearest before this quotation is in a relative clause.
 */
final class RelativeClauseReport {
    /** The most tokens between an earlier quotation's closing comma and its cue ("“…,” Mr. X said"). */
    static final int NAME_GAP = 4;

    private RelativeClauseReport() {
    }

    /**
     * Returns the relative clause's attribution of the quotation starting at {@code first}, or
     * null when the rule does not apply.
     *
     * @param chosen the cue {@link LeadingAttribution#chooseCue} chose (the sentence's first), or -1
     */
    static Attribution apply(QuoteDocument d, SpeakerPhrases phrases, int first, int floor, int chosen) {
        if (chosen < 0 || !attributesEarlierQuotation(d, chosen, floor)) {
            return null;
        }
        int nearest = d.lastCueBefore(first, chosen);
        if (nearest < 0) {
            return null;
        }
        int who = relativePronoun(d, nearest, chosen);
        if (who < 0) {
            return null;
        }
        Candidate mention = Candidate.relativePronoun(who, phrases.endingAt(who - 2, chosen + 1, false));
        return new Attribution(mention, nearest, nearest + d.cueLength(nearest), "before: relative clause", true);
    }

    /** Returns the "who" of ", who" at most {@link LeadingAttribution#ADJACENT} tokens before the cue, or -1. */
    private static int relativePronoun(QuoteDocument d, int cue, int floor) {
        for (int k = cue - 1; k > floor && k >= cue - LeadingAttribution.ADJACENT; k--) {
            if (d.lower(k).equals("who") && d.word(k - 1).equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True if the cue at {@code c} attributes a quotation before it in the sentence: it follows
     * that quotation's closing mark and comma, with at most {@link #NAME_GAP} tokens between.
     */
    private static boolean attributesEarlierQuotation(QuoteDocument d, int c, int floor) {
        int k = c - 1;
        while (k >= floor && k >= c - 1 - NAME_GAP && !d.quoted(k) && !d.word(k).equals(",")) {
            k--;
        }
        if (k < floor || !d.word(k).equals(",") || d.quoted(k)) {
            return k >= floor && d.quoted(k);
        }
        return k - 1 >= floor && d.quoted(k - 1);
    }
}
