package org.newsextract.quotes;

/**
 * A quotation's speaker and cue as one rule found them.
 *
 * @param speaker  the words naming the speaker, or null when the rule found a cue but no speaker
 * @param cueStart first token of the reporting cue, or -1 when there is none
 * @param cueEnd   one past the cue's last token, or -1
 * @param rule     the name of the rule that found it (for evaluation reports)
 * @param explicit true if the cue is in the quotation's own sentence (not inherited from
 *                 another quotation)
 */
record Attribution(Candidate speaker, int cueStart, int cueEnd, String rule, boolean explicit) {
    /** Returns the same attribution under another rule's name, not explicit. */
    Attribution inherited(String newRule) {
        return new Attribution(speaker, cueStart, cueEnd, newRule, false);
    }
}
