package org.newsextract.quotes;

/**
 * Rule, last resort for a quoted fragment with no reporting cue: in news the quoted words of a
 * fragment belong to the subject of the sentence they sit in ("Trump likened the refugees to a
 * “vicious snake”", "Reid has gone after Trump as a “human leech”"). The speaker is the
 * sentence's subject before the quotation ({@link SpeakerPhrases#subject}); there is no cue.
 * Applied only to {@link QuoteKind#PARTIAL} quotations.
 */
final class SubjectFallback {
    private SubjectFallback() {
    }

    /**
     * Returns the sentence subject before the quotation starting at token {@code first} as its
     * speaker, or null when there is none.
     */
    static Attribution apply(QuoteDocument d, int first) {
        if (first == 0) {
            return null;
        }
        int floor = Math.max(d.sentenceStartOf(first), d.paragraphStart(d.paragraphOf(first)));
        Candidate subject = new SpeakerPhrases(d).subject(floor, first);
        return subject == null ? null : new Attribution(subject, -1, -1, "fragment: sentence subject", true);
    }
}
