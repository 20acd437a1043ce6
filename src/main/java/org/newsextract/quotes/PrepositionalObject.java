package org.newsextract.quotes;

import java.util.Set;

/**
 * Rule: a common noun phrase right before a cue that is the object of a preposition of time or
 * place is not the cue's speaker: {@code Beck, who has in the past described Trump as “…”},
 * {@code Trump at the time called it “…”}, {@code Trump in his announcement speech called
 * them “…”}. The prepositional phrase (up to {@link #MAX_PHRASES} of them) is skipped and the speaker
 * is the name or pronoun before it ({@link SpeakerPhrases#before}, so a relative pronoun
 * there is the mention); when only another common noun phrase or nothing is there, the phrase
 * first found stands (it may be a fragment's only attribution). Only common noun
 * phrases are skipped, never a name ("In an AP interview, Sanders said" keeps Sanders), and only
 * after the prepositions of {@link #SCENE_PREPOSITIONS}: "of", "for", "with" and "as" can open
 * the speaker's own phrase ("the head of the agency said", "as the report noted"). Used for
 * quotations only ({@link LeadingAttribution}).
 */
final class PrepositionalObject {
    /** Prepositions whose object sets the scene of a report (its time or place), never its speaker. */
    static final Set<String> SCENE_PREPOSITIONS = Set.of("in", "at", "on", "during", "after", "before", "since",
            "despite", "amid", "throughout", "following", "from", "into", "through", "over", "under");

    /** How many prepositional phrases in a row may stand between a speaker and the cue ("on a screen on the Mall"). */
    static final int MAX_PHRASES = 2;

    private PrepositionalObject() {
    }

    /**
     * Returns the name or pronoun before the prepositional phrase that {@code speaker} closes, or
     * {@code speaker} itself when it is not such a phrase's object or nothing but a common noun
     * phrase stands before the phrase.
     *
     * @param d       the document
     * @param phrases the speaker phrases of {@code d}
     * @param speaker the phrase found just before the cue
     * @param floor   the first token of the clause
     */
    static Candidate apply(QuoteDocument d, SpeakerPhrases phrases, Candidate speaker, int floor) {
        if (speaker == null || speaker.kind() != Candidate.Kind.NOMINAL || speaker.start() - 1 <= floor) {
            return speaker;
        }
        Candidate found = speaker;
        for (int hop = 0; hop < MAX_PHRASES && found.kind() == Candidate.Kind.NOMINAL; hop++) {
            int preposition = found.start() - 1;
            if (preposition <= floor || !SCENE_PREPOSITIONS.contains(d.lower(preposition)) || d.quoted(preposition)) {
                break;
            }
            found = phrases.before(preposition, floor);
            if (found == null) {
                return speaker;
            }
        }
        return found.kind() == Candidate.Kind.NOMINAL ? speaker : found;
    }
}
