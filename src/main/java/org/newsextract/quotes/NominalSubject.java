package org.newsextract.quotes;

import java.util.Set;

/**
 * Rule: a sentence that opens with a common noun phrase ({@code The president left no doubt of
 * his support for Mrs. Clinton, saying that “…”}, {@code The spokesman refused to answer …,
 * adding: “…”}) has that phrase as its subject, not a name later in the sentence. Used where
 * {@link LeadingAttribution} falls back to the sentence subject ({@link SpeakerPhrases#subject},
 * which sees names and pronouns only): the phrase must start the clause with a capitalized
 * determiner of {@link #OPENING_DETERMINERS}, have two words or more, none of them a time word
 * ({@link #TIME_WORDS}: "A month later"), and end before the subject that names a speaker. With
 * no parser, the phrase ends before its first lower-case word in -ed or of {@link #IRREGULAR_PAST}
 * after the determiner and one word (the verb: "The spokesman declined").
 * Quotations only.
 */
final class NominalSubject {
    /** Determiners that open a subject noun phrase at the start of a sentence. */
    static final Set<String> OPENING_DETERMINERS = Set.of("The", "A", "An");
    /** Words that make an opening phrase a time expression ("A month later", "The day after"), not a subject. */
    static final Set<String> TIME_WORDS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
            "night", "morning", "afternoon", "evening", "later", "earlier", "time", "hours");

    /** Past-tense verbs without -ed that end the phrase ("The president left …", "The senator spoke …"). */
    static final Set<String> IRREGULAR_PAST = Set.of("left", "came", "spoke", "made", "took", "gave", "told", "went",
            "said", "got", "put", "sent", "held", "met", "ran", "saw", "wrote", "led", "brought", "found", "kept");
    /** The ending of a regular past-tense verb, which ends the phrase ("The spokesman declined …"). */
    static final String PAST_ENDING = "ed";

    private NominalSubject() {
    }

    /**
     * Returns the common noun phrase that opens the clause at {@code floor} when it ends before
     * {@code subject} (or there is no subject), else {@code subject}.
     *
     * @param d       the document
     * @param phrases the speaker phrases of {@code d}
     * @param subject the sentence subject found among names and pronouns, or null
     * @param floor   the clause's first token
     * @param cue     the cue's first token
     */
    static Candidate apply(QuoteDocument d, SpeakerPhrases phrases, Candidate subject, int floor, int cue) {
        if (floor >= cue || d.quoted(floor) || !OPENING_DETERMINERS.contains(d.word(floor))) {
            return subject;
        }
        Candidate opening = phrases.after(floor, cue);
        if (opening == null || opening.kind() != Candidate.Kind.NOMINAL || opening.start() != floor
                || opening.end() - opening.start() < 2) {
            return subject;
        }
        int end = opening.end();
        for (int t = opening.start() + 2; t < opening.end(); t++) {
            String w = d.word(t);
            if (Character.isLowerCase(w.charAt(0)) && (w.endsWith(PAST_ENDING) || IRREGULAR_PAST.contains(w))) {
                end = t; // "The city spokesman declined": the verb ends the phrase
                break;
            }
        }
        for (int t = opening.start(); t < opening.end(); t++) {
            if (TIME_WORDS.contains(d.lower(t))) { // also after the verb: "The former president spoke hours after"
                return subject;
            }
        }
        Candidate phrase = new Candidate(opening.start(), end, Candidate.Kind.NOMINAL, -1);
        return subject == null || subject.start() >= end ? phrase : subject;
    }
}
