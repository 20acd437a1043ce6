package org.newsextract.quotes;

import java.util.Set;

/**
 * Rule: a quotation inside a relative clause that reports it, {@code Attorney General Ellen
 * Park, who told Congress when asked about the inquiry: “…”}, {@code Tom Reyes - who once said
 * he would “…”}: the speaker mention is the relative pronoun (PolNeAR's Source, the span that
 * names the speaker at the cue), standing for its antecedent's entity when the antecedent is a
 * name, as {@link SpeakerPhrases#before} makes "who" for {@code Graham, who said}. Applies when
 * the cue nearest before the quotation is in the clause: after the last "who" or "which" before
 * the quotation (set off by a comma or a dash, or right after a name), with no comma between
 * them that a verb of reporting follows, which would close the clause and give the main
 * clause's cue ({@code Graham, who says the allies must help, tweeted …}). An aside between
 * commas may follow the pronoun ({@code Stephens, who, after trading insults with Hannity, said
 * on the show that “…”}): the clause's verb comes after it ({@link #afterAside}).
 */
final class InsideRelativeClause {
    /** Relative pronouns that open a reporting relative clause. */
    static final Set<String> RELATIVES = Set.of("who");
    /**
     * The most words (auxiliaries, adverbs: "has long said", "once called") between the relative
     * pronoun and its cue: the cue must be the clause's own verb, whose subject the pronoun is.
     */
    static final int VERB_GAP = 3;
    /** The most words (adverbs: "also", "later") between the comma closing a clause and the main cue. */
    static final int MAIN_CUE_GAP = 2;

    private InsideRelativeClause() {
    }

    /**
     * Returns the relative clause's attribution of the quotation starting at {@code first},
     * looking back no further than {@code floor}, or null when the rule does not apply.
     */
    static Attribution apply(QuoteDocument d, SpeakerPhrases phrases, int first, int floor) {
        int who = -1;
        for (int k = first - 1; k > floor; k--) {
            if (!d.quoted(k) && RELATIVES.contains(d.lower(k)) && opensClause(d, k)) {
                who = k;
                break;
            }
        }
        if (who < 0) {
            return null;
        }
        int verb = afterAside(d, who, first); // "Bret Stephens, who, after trading insults with Hannity, said"
        int cue = d.lastCueBefore(first, who);
        if (cue < verb || cue - verb > VERB_GAP) {
            return null;
        }
        for (int k = verb; k < cue; k++) {
            if (d.quoted(k) || d.entityOf(k) >= 0 || SpeakerPhrases.SUBJECT_PRONOUNS.contains(d.lower(k))) {
                return null; // another subject before the cue: the cue is not the relative clause's
            }
        }
        for (int k = Math.max(who + 2, verb); k < first; k++) {
            if (d.word(k).equals(",") && !d.quoted(k) && mainCueAfter(d, k, first)) {
                return null; // the clause is closed: the main clause's cue follows it
            }
        }
        Candidate mention = Candidate.relativePronoun(who, phrases.endingAt(d.word(who - 1).equals(",")
                || TrailingAttribution.isDash(d.word(who - 1)) ? who - 2 : who - 1, floor, false));
        return new Attribution(mention, cue, cue + d.cueLength(cue), "before: inside relative clause", true);
    }

    /**
     * Returns the first token of the relative clause's verb phrase: the token after an aside set
     * off by commas right after the pronoun at {@code who} ({@code X, who, on a press call Friday,
     * criticized …}), at most {@link #MAX_ASIDE} tokens long, or {@code who + 1} when there is none.
     */
    static int afterAside(QuoteDocument d, int who, int first) {
        if (who + 1 >= first || !d.word(who + 1).equals(",")) {
            return who + 1;
        }
        for (int k = who + 2; k < first && k <= who + 1 + MAX_ASIDE; k++) {
            if (d.quoted(k)) {
                return who + 1;
            }
            if (d.word(k).equals(",")) {
                return k + 1;
            }
        }
        return who + 1;
    }

    /** The most tokens of an aside between commas after the relative pronoun ("who, after trading insults with X,"). */
    static final int MAX_ASIDE = 12;

    /** True if the relative pronoun at {@code k} follows a comma, a dash or a name. */
    private static boolean opensClause(QuoteDocument d, int k) {
        String prev = d.word(k - 1);
        return prev.equals(",") || TrailingAttribution.isDash(prev) || d.entityOf(k - 1) >= 0 && !d.quoted(k - 1);
    }

    /** True if a cue starts within {@link #MAIN_CUE_GAP} words after the comma at {@code comma}. */
    private static boolean mainCueAfter(QuoteDocument d, int comma, int first) {
        for (int c = comma + 1; c < first && c <= comma + 1 + MAIN_CUE_GAP; c++) {
            if (d.quoted(c) || d.word(c).equals(",")) {
                return false;
            }
            if (d.cueLength(c) > 0) {
                return true;
            }
        }
        return false;
    }
}
