package org.newsextract.quotes;

import java.util.Set;

/**
 * Rule: a naming participle right before a quotation after a common noun phrase that is an
 * object ({@code Carson shared a syllabus for a psychology class called “Perception”},
 * {@code his campaign paid to broadcast a short film called “Tenemos Familias”}) does not make
 * the noun phrase a speaker: the participle ("called", "dubbed", "labeled", …) only names the
 * thing, and the quotation goes to the sentence's subject as for any participle (when the
 * sentence has none, the noun phrase stays: the fragment keeps its only attribution). The noun phrase
 * is an object when it does not open its clause: something other than a comma, a conjunction or
 * a complementizer comes before it. "the so-called" is never a speaker either.
 */
final class NamingParticiple {
    /** Participles that name what comes before them ("a website called “…”"). */
    static final Set<String> NAMING = Set.of("called", "dubbed", "labeled", "labelled", "nicknamed", "named",
            "titled", "entitled", "billed");
    /** Words before a noun phrase that open a clause, so that the phrase is its subject. */
    static final Set<String> CLAUSE_OPENERS = Set.of(",", "and", "but", "or", "that", "when", "as", "after", "because",
            "while", "if", "who", "which", "what", "since", "although", "though", "where", ":", ";", "—", "--");
    /** The most tokens between the participle and the quotation's opening mark. */
    static final int MAX_GAP = 1;

    private NamingParticiple() {
    }

    /** True if the cue at {@code c} names the object before it instead of reporting its speech. */
    static boolean apply(QuoteDocument d, int c, int len, int first, Candidate speaker, int floor) {
        if (len != 1 || !NAMING.contains(d.lower(c)) || first - (c + len) > MAX_GAP
                || speaker.kind() != Candidate.Kind.NOMINAL) {
            return false;
        }
        if (d.lower(speaker.end() - 1).equals("so")) {
            return true; // "the so called “Implementation Initiative”"
        }
        return speaker.start() > floor && !CLAUSE_OPENERS.contains(d.lower(speaker.start() - 1));
    }
}
