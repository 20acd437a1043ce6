package org.newsextract.quotes;

import java.util.Set;

import org.newsextract.nlp.NameLabel;

/**
 * Rule: after a quotation that is a sentence of its own ({@code “….”}), a name and a cue that go
 * on with a complement clause ({@code Greene added that the Fed …}, {@code Ohio Gov. John Kasich
 * said he would have …}) open a new report of their own, not the quotation's attribution. A
 * trailing attribution after a full stop is the cue alone or with an adjunct
 * ({@code “….” Reid said.}, {@code Reid said in an interview.}); when "that", a subject pronoun or
 * a person's or organization's name follows the cue (for a cue that takes no personal object:
 * not "told", "asked"), the sentence reports something else, and the quotation keeps the
 * speaker the quotations before it in the paragraph had (continuation). Used by
 * {@link TrailingAttribution} for a speaker phrase before a cue; quotations only.
 */
final class NextSentenceReport {
    /** The word that opens a complement clause after a cue ("added that"). */
    static final String COMPLEMENTIZER = "that";
    /** Cues that take a personal object, after which a name is the hearer ("told CNN", "asked Trump"). */
    static final Set<String> OBJECT_CUES = Set.of("told", "tells", "telling", "asked", "asks", "asking");

    private NextSentenceReport() {
    }

    /**
     * True if the cue at {@code cue}, after a quotation that ends with its own full stop, question
     * mark or exclamation mark, opens a complement clause: the token after it is "that", a
     * subject pronoun, or (for a cue that takes no personal object) a person's or
     * organization's name.
     *
     * @param d   the document
     * @param cue the cue's first token
     */
    static boolean opensComplement(QuoteDocument d, int cue) {
        int k = cue + d.cueLength(cue);
        if (k >= d.size() || d.quoted(k) || d.paragraphOf(k) != d.paragraphOf(cue)) {
            return false;
        }
        String next = d.lower(k);
        if (next.equals(COMPLEMENTIZER) || SpeakerPhrases.SUBJECT_PRONOUNS.contains(next)) {
            return true;
        }
        return !OBJECT_CUES.contains(d.lower(cue)) && d.entityOf(k) >= 0 && d.typeAt(k) != NameLabel.LOC;
    }
}
