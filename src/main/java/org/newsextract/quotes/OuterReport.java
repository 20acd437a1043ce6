package org.newsextract.quotes;

/**
 * Rule: a cue whose speaker is a subject pronoun that opens the complement of an earlier cue
 * ({@code Tom Reyes said he believes the plan is “dead on arrival”}, {@code Ellen Park told
 * reporters that she thinks …}, {@code officials have said he said “…”}) reports inside that
 * earlier report: the quotation is the outer cue's speaker's. The pronoun must follow the outer
 * cue directly, after "that" or a tell-verb's hearer ("told reporters", "told the Associated
 * Press"), or after "that" up to {@link #THAT_REACH} tokens after any cue ("wrote in a letter to
 * the council on Friday that he thinks"), so that it opens the reported clause rather than a
 * clause of the reporter's own.
 * Used by {@link LeadingAttribution} on the cue it chose; applied again to the outer cue, so a
 * chain of reports goes to the outermost.
 */
final class OuterReport {
    /**
     * The most tokens between an outer cue and the "that" opening its complement ("telling
     * reporters during a visit to Scotland on Friday that he thinks").
     */
    static final int THAT_REACH = 10;
    /** The most tokens of a cue ("according to", "pointed out"). */
    static final int MAX_CUE_TOKENS = 3;

    private OuterReport() {
    }

    /**
     * Returns the outermost cue whose report contains the one at {@code c}, or {@code c} itself
     * when its speaker is not a subject pronoun opening an earlier cue's complement.
     */
    static int outerCue(QuoteDocument d, SpeakerPhrases phrases, int c, int floor) {
        int cue = c;
        while (cue >= 0) {
            int outer = outerOf(d, phrases, cue, floor);
            if (outer < 0) {
                return cue;
            }
            cue = outer;
        }
        return cue;
    }

    private static int outerOf(QuoteDocument d, SpeakerPhrases phrases, int c, int floor) {
        Candidate speaker = phrases.before(c, floor);
        if (speaker == null || speaker.kind() != Candidate.Kind.PRONOUN || speaker.end() - speaker.start() != 1) {
            return -1;
        }
        String pronoun = d.lower(speaker.start());
        if (!SpeakerPhrases.SUBJECT_PRONOUNS.contains(pronoun) || pronoun.equals("it")) {
            return -1;
        }
        int k = speaker.start() - 1;
        boolean that = k > floor && d.lower(k).equals("that") && !d.quoted(k);
        if (that) {
            k--;
        }
        int cue = cueEndingAt(d, k, floor);
        if (cue >= 0) {
            return cue;
        }
        int reach = that ? THAT_REACH : ReportedSpeechFinder.MAX_OBJECT;
        for (int t = k; t > floor && t >= k - reach; t--) {
            if (d.quoted(t) || d.word(t).equals(",") || d.lower(t).equals("that")) {
                return -1;
            }
            int tell = cueEndingAt(d, t - 1, floor);
            if (tell >= 0) {
                return that || ReportedSpeechFinder.TELL_VERBS.contains(d.lower(tell)) ? tell : -1;
            }
        }
        return -1;
    }

    /** Returns the cue whose last token is {@code k}, or -1. */
    private static int cueEndingAt(QuoteDocument d, int k, int floor) {
        for (int c = k; c >= floor && c > k - MAX_CUE_TOKENS; c--) {
            if (d.cueLength(c) > 0 && c + d.cueLength(c) == k + 1) {
                return c;
            }
        }
        return -1;
    }
}
