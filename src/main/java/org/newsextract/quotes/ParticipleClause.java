package org.newsextract.quotes;

/**
 * Rule: a participle cue that shares a subject ({@code …, adding}, {@code while noting}; not a
 * coordinated verb, "and said", which keeps the sentence subject) takes the
 * speaker of the reporting verb it hangs on when the sentence has one before it, not the
 * sentence's first name: {@code Ryan and Trump will meet next week, Spicer said, adding, “…”} is
 * Spicer's, {@code In an AP interview, Sanders said the process could be “messy,” adding, “…”}
 * Sanders's. The verb is the sentence's first cue before the participle (the main clause's, as
 * {@link LeadingAttribution#chooseCue} takes it), outside quotations, that has a speaker of its
 * own (the phrase before it, a name or pronoun); without one the participle keeps the
 * sentence's subject.
 */
final class ParticipleClause {
    private ParticipleClause() {
    }

    /**
     * Returns the speaker of the cue that the participle cue at {@code participle} hangs on,
     * looking back no further than {@code floor}; null when there is none.
     */
    static Candidate apply(QuoteDocument d, SpeakerPhrases phrases, int participle, int floor) {
        for (int c = floor; c < participle; c++) {
            int len = d.cueLength(c);
            if (len == 0 || d.quoted(c) || c + len > participle || LeadingAttribution.sharesSubject(d, c)
                    || d.lower(c).equals("according")) {
                continue;
            }
            Candidate speaker = phrases.before(c, floor);
            if (speaker != null && speaker.kind() != Candidate.Kind.NOMINAL) {
                return speaker;
            }
        }
        return null;
    }
}
