package org.newsextract.quotes;

import java.util.Set;

/**
 * Rule: a share of respondents before a cue ({@code In a Daily Courier poll released Monday, 61
 * percent of voters said …}, {@code The survey also finds that six in 10 parents say …}) speaks
 * through the poll: when the sentence names a poll or survey before that share, the poll is the
 * speaker, as news reports of polls attribute them, not the respondents.
 */
final class PollRespondents {
    /** How many tokens before the speaker phrase a share may open it ("61 percent of likely voters"). */
    static final int SHARE_REACH = 6;
    /** Words that make a phrase a share of respondents. */
    static final Set<String> SHARES = Set.of("percent", "%", "majority", "percentage");
    /** Words that name a poll. */
    static final Set<String> POLLS = Set.of("poll", "survey", "polls", "surveys");

    private PollRespondents() {
    }

    /**
     * Returns the poll that the respondents {@code speaker} of the cue at {@code cue} answered,
     * looking back no further than {@code floor}, or null when {@code speaker} is no share of
     * respondents or the sentence names no poll before it.
     */
    static Candidate apply(QuoteDocument d, SpeakerPhrases phrases, Candidate speaker, int cue, int floor) {
        if (speaker == null || speaker.kind() == Candidate.Kind.PRONOUN) {
            return null;
        }
        int share = -1;
        for (int k = Math.min(cue, speaker.end()) - 1; k >= floor && k >= speaker.start() - SHARE_REACH; k--) {
            if (d.quoted(k) || d.word(k).equals(",") && k < speaker.start()) {
                break;
            }
            boolean inTen = d.lower(k).equals("in") && k + 1 < cue && d.word(k + 1).equals("10");
            if (SHARES.contains(d.lower(k)) || inTen) {
                share = k;
                break;
            }
        }
        for (int k = share - 1; share >= 0 && k >= floor; k--) {
            if (!d.quoted(k) && POLLS.contains(d.lower(k))) {
                Candidate poll = phrases.endingAt(k, floor, false);
                return poll == null ? new Candidate(k, k + 1, Candidate.Kind.NOMINAL, -1) : poll;
            }
        }
        return null;
    }
}
