package org.newsextract.quotes;

import java.util.Set;

/**
 * Rule: the words right before a cue that {@link SpeakerPhrases#before} reads as a common noun
 * phrase are no speaker when they are a verb phrase or the object of "to": {@code …upon being
 * described as a “real woman”} ("being"), {@code the tactic has been called “…”} ("tactic has
 * been"), {@code a city official who spoke anonymously to discuss budget talks said, “…”}
 * ("discuss budget talks": the phrase runs back over the verb to "to"), {@code the mayor's
 * letter to his supporters says that “…”} ("his supporters"); not an apposition's last words
 * ({@code China, its lifeline to the outside world, said}). The cue then takes the speaker it
 * takes when no phrase stands before it (the sentence subject, or the phrase after an inverted
 * cue). Quotations only ({@link LeadingAttribution}).
 */
final class VerbPhraseSpeaker {
    /** Auxiliaries and their participles, which a noun phrase does not hold ("having", "has been"). */
    static final Set<String> AUXILIARIES = Set.of("being", "having", "been", "has", "have", "had");
    /** The word before a phrase that makes it the object of an infinitive or of "to" ("to discuss budget talks"). */
    static final String TO = "to";

    private VerbPhraseSpeaker() {
    }

    /**
     * True if {@code speaker}, found before the cue at {@code cue} in a clause starting at
     * {@code floor}, is a common noun phrase that holds an auxiliary, or that follows "to" and
     * stands right before the cue: after a comma it is the end of an apposition whose head is
     * the speaker ("China, its lifeline to the outside world, said"), which the phrase stands for.
     */
    static boolean apply(QuoteDocument d, Candidate speaker, int floor, int cue) {
        if (speaker == null || speaker.kind() != Candidate.Kind.NOMINAL) {
            return false;
        }
        for (int k = speaker.start(); k < speaker.end(); k++) {
            if (AUXILIARIES.contains(d.lower(k))) {
                return true;
            }
        }
        for (int k = speaker.end(); k < cue; k++) {
            if (d.word(k).equals(",")) {
                return false;
            }
        }
        int before = speaker.start() - 1;
        return before >= floor && !d.quoted(before) && d.lower(before).equals(TO);
    }
}
