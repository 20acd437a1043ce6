package org.newsextract.quotes;

/**
 * Rule: a sentence that opens with "According to X," is X's report, and so is a quotation in it
 * that another cue of the sentence introduces ({@code According to GMA News, Salceda said the
 * “ugliness of utterances”}, {@code According to pool reports, Obama said “there is love”}): the
 * second-hand report's outer source, as {@link TrailingAttribution#reportedBy} takes it for
 * {@code “…,” X said, according to Y}.
 */
final class SentenceAccordingTo {
    private SentenceAccordingTo() {
    }

    /**
     * Returns the attribution to the opening "according to" phrase of the quotation starting at
     * {@code first}, or null when its sentence (from {@code floor}) does not open with one or
     * {@code chosen}, the cue chosen for the quotation, is that phrase's own cue.
     */
    static Attribution apply(QuoteDocument d, SpeakerPhrases phrases, int first, int floor, int chosen) {
        int k = floor;
        while (k < first && d.isPunctuation(k) && !d.quoted(k)) {
            k++;
        }
        int len = k < first ? d.cueLength(k) : 0;
        if (len <= 1 || !d.lower(k).equals("according") || chosen <= k || d.quoted(k)) {
            return null;
        }
        Candidate source = phrases.after(k + len, first);
        if (source == null || !d.word(source.end()).equals(",")) {
            return null;
        }
        return new Attribution(source, k, k + len, "before: according to (sentence)", true);
    }
}
