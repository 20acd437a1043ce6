package org.newsextract.quotes;

import java.util.Set;

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
        if (subject == null) {
            return null;
        }
        Candidate nearer = clausePronoun(d, subject.end(), first, PRONOUNS);
        Candidate relative = relativeClause(d, subject.start(), first);
        if (relative != null && (nearer == null || nearer.start() < relative.start())) {
            return new Attribution(relative, -1, -1, "fragment: relative clause", true);
        }
        return new Attribution(nearer != null ? nearer : subject, -1, -1, "fragment: sentence subject", true);
    }

    /**
     * Returns the relative pronoun of a "who" clause the fragment starting at {@code first} sits in
     * ({@code Tom Reyes, who has styled himself the “people's mayor,” …}): the pronoun is the
     * mention nearest the fragment, standing for its antecedent as in {@link InsideRelativeClause}.
     * The clause runs from the last "who" after {@code from} to the fragment with no comma or
     * dash between them (which could close it), and the "who" follows a comma, a dash or a name
     * (after a common noun it mostly describes others: "the “countless Americans” who are
     * “victims of violence”"). Null when there is none.
     */
    static Candidate relativeClause(QuoteDocument d, int from, int first) {
        for (int k = first - 1; k > from; k--) {
            if (d.quoted(k)) {
                return null;
            }
            String w = d.word(k);
            if (w.equals(",") || TrailingAttribution.isDash(w)) {
                return null;
            }
            if (w.equals("who") && (d.entityOf(k - 1) >= 0 && !d.quoted(k - 1) || d.word(k - 1).equals(",")
                    || TrailingAttribution.isDash(d.word(k - 1)))) {
                SpeakerPhrases phrases = new SpeakerPhrases(d);
                int before = d.word(k - 1).equals(",") || TrailingAttribution.isDash(d.word(k - 1)) ? k - 2 : k - 1;
                return Candidate.relativePronoun(k, phrases.endingAt(before, from, false));
            }
        }
        return null;
    }

    /**
     * Rule, last resort for a direct quotation with no speaker that does not open its sentence
     * ({@code Robby Mook released a memo titled “The Facts on Where the Race Stands.”},
     * {@code Demonstrators marched through the city, chanting “No more wars!”}): as for a
     * fragment ({@link #apply}), the quoted words belong to the subject of the sentence they sit
     * in; a sentence that opens with "The/A/An" and a common noun phrase has that phrase as its
     * subject ({@link NominalSubject}: {@code The ad claims “…”}, {@code The photo quotes Romans
     * 8:31 – “…”}). Applied after continuation, so no other quotation inherits the speaker found
     * here. A quotation that opens its sentence inside a paragraph takes the subject of the
     * sentence before ({@link #previousSentence}). Null when the quotation opens its paragraph,
     * or the sentence has no subject.
     */
    static Attribution insideSentence(QuoteDocument d, int first) {
        if (first == 0) {
            return null;
        }
        int paragraph = d.paragraphStart(d.paragraphOf(first));
        int floor = Math.max(d.sentenceStartOf(first), paragraph);
        if (floor >= first) {
            return previousSentence(d, first, paragraph);
        }
        Attribution a = apply(d, first);
        Candidate speaker = NominalSubject.apply(d, new SpeakerPhrases(d), a == null ? null : a.speaker(), floor, first);
        return speaker == null ? null : new Attribution(speaker, -1, -1, "direct: sentence subject", true);
    }

    /**
     * Returns the subject of the sentence before a direct quotation that opens its sentence
     * inside a paragraph, when it is a name or pronoun ({@code Ellen Park agreed. “The numbers do
     * not add up.”}): the last resort for a quotation no rule attributed. A common noun phrase
     * there is no speaker ({@code The river rose overnight. “Nobody expected this.”}). Null when
     * the quotation opens its paragraph or that sentence has no such subject.
     */
    private static Attribution previousSentence(QuoteDocument d, int first, int paragraph) {
        if (first - 1 <= paragraph) {
            return null;
        }
        int start = Math.max(d.sentenceStartOf(first - 1), paragraph);
        Candidate subject = new SpeakerPhrases(d).subject(start, first);
        return subject == null ? null : new Attribution(subject, -1, -1, "direct: previous sentence's subject", false);
    }

    /** Words that open a clause of their own inside the sentence ("Perez is winning applause as he keeps …"). */
    static final Set<String> CLAUSE_OPENERS = Set.of("as", "when", "while", "because", "though",
            "although", "after", "before", "since", "and", "but", "so", "until", "once");

    /**
     * Returns the subject pronoun ("he", "she", "they") of the last clause opened between the
     * sentence subject and the fragment ({@code Ellen Park won applause as she kept talking about
     * the “power of we”}): the fragment sits in that clause, and the pronoun is the mention
     * nearest it. Null when there is none.
     */
    static Candidate clausePronoun(QuoteDocument d, int from, int first, Set<String> pronouns) {
        for (int k = first - 1; k > from; k--) {
            if (d.quoted(k)) {
                return null;
            }
            String w = d.lower(k);
            if (pronouns.contains(w) && (CLAUSE_OPENERS.contains(d.lower(k - 1)) || d.word(k - 1).equals(","))) {
                return new Candidate(k, k + 1, Candidate.Kind.PRONOUN, -1);
            }
        }
        return null;
    }

    /** The subject pronouns that may stand for a fragment's speaker. */
    static final Set<String> PRONOUNS = Set.of("he", "she", "they");
    /** The singular ones: a plural "they" in a later clause mostly stands for others than the speaker. */
    static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she");
}
