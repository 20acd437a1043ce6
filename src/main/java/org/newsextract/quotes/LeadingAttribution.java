package org.newsextract.quotes;

import java.util.HashSet;
import java.util.Set;

import org.newsextract.nlp.NameLabel;

/**
 * Rule: the attribution before a quotation in its own sentence: {@code X said: “…”},
 * {@code X said that Y “…”}, {@code X, the Y of Z, told reporters “…”}, {@code according to X,
 * “…”}, {@code X declared victory, announcing, “…”}, {@code Sanders made this comment: “…”}.
 *
 * <p>The cue is chosen by {@link #chooseCue}: one right before the quotation, else the
 * sentence's first (the main clause's), outside quotations. Its
 * speaker is the phrase just before it ({@link SpeakerPhrases#before}), except for a cue that
 * introduces its phrase ("according to X": the phrase after it) and for a participle or a
 * coordinated verb ("…, announcing", "while asserting", "and said"): those share the subject of
 * the sentence ({@link SpeakerPhrases#subject}). With no cue, a colon just before the quotation
 * introduces it and the sentence's subject is the speaker.
 */
final class LeadingAttribution {
    /** How close before a quotation a cue must be to win over the sentence's first cue. */
    static final int ADJACENT = 3;
    /**
     * How far before a participle's phrase a "with" or "of" makes the phrase its subject ("with
     * one of her ads asking") rather than an object.
     */
    static final int ABSOLUTE_REACH = 3;

    private LeadingAttribution() {
    }

    /**
     * Returns the attribution before the quotation that starts at token {@code first}, or null.
     *
     * @param d     the document
     * @param first the quotation's first token (its opening mark)
     * @return the attribution, or null when the sentence before the quotation has none
     */
    static Attribution apply(QuoteDocument d, int first) {
        if (first == 0) {
            return null;
        }
        return apply(d, first, Math.max(d.sentenceStartOf(first), d.paragraphStart(d.paragraphOf(first))));
    }

    /**
     * Returns the attribution found in tokens {@code [floor, first)} before a quotation starting
     * at {@code first}, or null.
     */
    static Attribution apply(QuoteDocument d, int first, int floor) {
        if (first == 0 || floor >= first) {
            return null;
        }
        SpeakerPhrases phrases = new SpeakerPhrases(d);
        floor = clauseStart(d, first, mainClauseStart(d, first, floor));
        int c = OuterReport.outerCue(d, phrases, chooseCue(d, first, floor), floor);
        Attribution secondHand = SentenceAccordingTo.apply(d, phrases, first, floor, c);
        if (secondHand != null) {
            return secondHand;
        }
        Attribution relative = RelativeClauseReport.apply(d, phrases, first, floor, c);
        if (relative != null) {
            return relative;
        }
        Attribution inside = InsideRelativeClause.apply(d, phrases, first, floor);
        if (inside != null) {
            return inside;
        }
        if (c >= 0) {
            int len = d.cueLength(c);
            if (len > 1 && d.lower(c).equals("according")) {
                Candidate speaker = phrases.after(c + len, first);
                return speaker == null ? null : new Attribution(speaker, c, c + len, "before: according to", true);
            }
            boolean shares = sharesSubject(d, c) || participleAfterQuotation(d, c);
            Candidate speaker = shares ? null
                    : PrepositionalObject.apply(d, phrases, phrases.before(c, floor), floor);
            if (speaker != null && NamingParticiple.apply(d, c, len, first, speaker, floor)) {
                // "a psychology class called “Perception”": the sentence's subject, when it has one.
                Candidate subject = NominalSubject.apply(d, phrases, phrases.subject(floor, c), floor, c);
                speaker = subject != null ? subject : speaker;
            }
            if (VerbPhraseSpeaker.apply(d, speaker, floor, c)) {
                speaker = null; // "upon being described as", "who spoke anonymously to discuss budget talks said"
            }
            if (speaker != null && objectBeforeParticiple(d, c, speaker, floor)) {
                speaker = null; // "The town released a statement saying", "sent a memo to the Post explaining"
            }
            String rule = "before: speaker cue";
            Candidate poll = PollRespondents.apply(d, phrases, speaker, c, floor);
            if (poll != null) {
                return new Attribution(poll, c, c + len, "before: poll", true);
            }
            Candidate asker = passiveAgent(d, phrases, c, len, first);
            if (asker != null) {
                return new Attribution(asker, c, c + len, "before: passive agent", true);
            }
            Candidate outer = whatClauseSubject(d, phrases, speaker, floor);
            if (outer != null) {
                return new Attribution(outer, c, c + len, "before: what-clause subject", true);
            }
            if (speaker == null && shares && TrailingParticiple.isParticiple(d, c)) {
                speaker = ParticipleClause.apply(d, phrases, c, floor);
                rule = "before: participle's clause";
            }
            if (speaker == null && shares && !TrailingParticiple.isParticiple(d, c)) {
                speaker = coordinatedPronoun(d, c, floor);
                rule = "before: coordinated clause's pronoun";
            }
            if (speaker == null) {
                speaker = NominalSubject.apply(d, phrases, phrases.subject(floor, c), floor, c);
                rule = "before: sentence subject";
                Candidate nearer = speaker == null ? null : SubjectFallback.clausePronoun(d, speaker.end(), c,
                        SubjectFallback.SINGULAR_PRONOUNS);
                speaker = nearer != null ? nearer : speaker;
            }
            if (speaker == null) {
                // "said X: “…”", "asked Trump, “…”" — an inverted cue.
                speaker = phrases.after(c + len, first);
                rule = "before: cue speaker";
            }
            return new Attribution(speaker, c, c + len, rule, true);
        }
        if (d.word(first - 1).equals(":")) {
            Candidate speaker = NominalSubject.apply(d, phrases, phrases.subject(floor, first - 1), floor, first - 1);
            return speaker == null ? null : new Attribution(speaker, first - 1, first, "before: colon", true);
        }
        return null;
    }

    /**
     * Returns the sentence subject a what-clause's pronoun speaker stands for ({@code Clinton says
     * she appreciated … what she calls a “war of words”}: the report is the sentence subject's),
     * or null. The subject is a name ({@link SpeakerPhrases#subject}) or, for "he", "she" and
     * "they", a common noun phrase opening the sentence ({@link NominalSubject}: {@code The
     * president denounced what he called the “deeply pessimistic” vision}), which PolNeAR marks as
     * the Source as it marks a name; not for "it" or "we" (an organization's or the writer's
     * words). Null when the speaker is not a pronoun right after "what" or the subject is a pronoun.
     */
    static Candidate whatClauseSubject(QuoteDocument d, SpeakerPhrases phrases, Candidate speaker, int floor) {
        if (speaker == null || speaker.kind() != Candidate.Kind.PRONOUN || speaker.start() - 1 <= floor
                || !d.lower(speaker.start() - 1).equals("what")) {
            return null;
        }
        Candidate outer = phrases.subject(floor, speaker.start() - 1);
        if (SubjectFallback.PRONOUNS.contains(d.lower(speaker.start()))) {
            outer = NominalSubject.apply(d, phrases, outer, floor, speaker.start() - 1);
        }
        return outer != null && outer.kind() != Candidate.Kind.PRONOUN ? outer : null;
    }

    /**
     * Returns the subject pronoun of the clause a coordinated cue ("and said") belongs to: the
     * first "he", "she", "they" or "we" after the last comma before the cue ({@code When asked
     * by the Journal if Clinton would …, he laughed and said, “…”}: "he", not the first name of
     * the sentence), or the first name of a person or organization there that is no object of a
     * preposition ({@code In an interview with the Journal, Trump doubled down and said}); null
     * when that clause has neither.
     */
    static Candidate coordinatedPronoun(QuoteDocument d, int c, int floor) {
        int comma = c - 1;
        while (comma > floor && !d.word(comma).equals(",") && !d.quoted(comma)) {
            comma--;
        }
        if (comma <= floor || d.quoted(comma)) {
            return null;
        }
        for (int k = comma + 1; k < c; k++) {
            String w = d.lower(k);
            if (SpeakerPhrases.SUBJECT_PRONOUNS.contains(w) && !w.equals("it") && !w.equals("i")) {
                return new Candidate(k, k + 1, Candidate.Kind.PRONOUN, -1);
            }
            if (d.entityOf(k) >= 0 && d.typeAt(k) != NameLabel.LOC
                    && !SpeakerPhrases.isPreposition(d.lower(d.mentionFrom(k) - 1))) {
                // "In an interview with the Journal, Trump doubled down and said": the clause's own subject.
                return new Candidate(d.mentionFrom(k), d.mentionTo(k), Candidate.Kind.ENTITY, d.entityOf(k));
            }
            if (d.entityOf(k) >= 0 || d.cueLength(k) > 0) {
                return null;
            }
        }
        return null;
    }

    /** Subordinators that open an adverbial clause set off by commas ("…, after the interview concluded, …"). */
    static final Set<String> CLAUSE_SUBORDINATORS = Set.of("when", "while", "after", "before", "although", "though",
            "since", "because", "once", "until", "whereas");

    /**
     * Words that open a fronted adverbial clause ("When Trump announced his candidacy, he called
     * …"): its cue and subject are not the main clause's.
     */
    static final Set<String> FRONTED_SUBORDINATORS = union(CLAUSE_SUBORDINATORS, Set.of("as", "if"));
    /** Adverbs that may stand before a fronted subordinator ("Ever since", "Even as", "Just before"). */
    static final Set<String> SUBORDINATOR_ADVERBS = Set.of("ever", "even", "just", "soon",
            "long", "shortly");
    /** Words that open a noun phrase subject after the comma that closes a fronted clause. */
    static final Set<String> SUBJECT_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their",
            "its", "our", "my", "this", "that", "these", "those");

    /**
     * Returns the start of the main clause after a fronted adverbial clause ({@code Ever since
     * Tom Reyes announced his candidacy, he has said: “…”}; {@code While Reyes praised the plan,
     * Park called it “a mess”}): the token after the first comma outside quotations that is
     * followed by a subject (a pronoun, a name that is no place, or a determiner), when the
     * sentence at {@code floor} opens with a subordinator and the main clause before the quotation
     * has a cue of its own. Otherwise {@code floor}: the fronted clause's cue and subject then
     * are the only ones there are.
     */
    static int mainClauseStart(QuoteDocument d, int first, int floor) {
        int k = floor;
        while (k < first && SUBORDINATOR_ADVERBS.contains(d.lower(k))) {
            k++;
        }
        if (k >= first || !FRONTED_SUBORDINATORS.contains(d.lower(k))) {
            return floor;
        }
        for (int comma = k + 2; comma + 1 < first; comma++) {
            if (!d.word(comma).equals(",") || d.quoted(comma)) {
                continue;
            }
            String next = d.lower(comma + 1);
            boolean subject = SpeakerPhrases.SUBJECT_PRONOUNS.contains(next) || SUBJECT_DETERMINERS.contains(next)
                    || d.entityOf(comma + 1) >= 0 && d.typeAt(comma + 1) != NameLabel.LOC;
            if (!subject) {
                continue;
            }
            for (int c = comma + 1; c < first; c++) {
                if (d.cueLength(c) > 0 && c + d.cueLength(c) <= first) {
                    return comma + 1;
                }
            }
            return floor;
        }
        return floor;
    }

    /**
     * Returns the agent of a passive cue ({@code Sanders was asked by host Bill Maher, “…”}: the
     * asker, not the subject), or null when the cue at {@code c} is not a passive with "by"
     * right after it.
     */
    static Candidate passiveAgent(QuoteDocument d, SpeakerPhrases phrases, int c, int len, int first) {
        if (c == 0 || !PASSIVE_AUXILIARIES.contains(d.lower(c - 1)) || c + len >= first
                || !d.lower(c + len).equals("by")) {
            return null;
        }
        return phrases.after(c + len + 1, first);
    }

    /** Auxiliaries that make the cue after them a passive ("was asked by"). */
    static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "being", "is",
            "are");

    /**
     * Returns the cue that attributes a quotation starting at {@code first}: a cue at most
     * {@link #ADJACENT} tokens before it ("said: “", "told reporters, “"), else the first cue of
     * the sentence (the main clause's: "Trump said at a rally that Clinton described TPP as
     * “the gold standard”" is Trump's report); -1 when there is none.
     */
    static int chooseCue(QuoteDocument d, int first, int floor) {
        int nearest = -1;
        int firstCue = -1;
        for (int c = first - 1; c >= floor; c--) {
            if (d.cueLength(c) > 0 && c + d.cueLength(c) <= first) {
                if (nearest < 0) {
                    nearest = c;
                }
                if (firstCue < 0 || !inRelativeClause(d, c, floor) && !inClosedSubordinateClause(d, c, floor, first)) {
                    firstCue = c;
                }
            }
        }
        if (nearest >= 0 && first - (nearest + d.cueLength(nearest)) <= ADJACENT) {
            return nearest;
        }
        return firstCue;
    }

    /**
     * True if the phrase before a participle cue ({@code c}, in -ing) is not its subject but the
     * object of the sentence's verb or of a preposition: a common noun phrase after a verb or a
     * name after a preposition ("The town released a statement saying", "He sent a memo to The
     * Washington Post explaining"). The participle then shares the sentence's subject. A
     * sentence-initial phrase ("A spokesman saying …") keeps the phrase.
     */
    static boolean objectBeforeParticiple(QuoteDocument d, int c, Candidate speaker, int floor) {
        if (!d.lower(c).endsWith("ing") || speaker.start() <= floor) {
            return false;
        }
        String prev = d.lower(speaker.start() - 1);
        for (int k = speaker.start() - 1; k >= Math.max(floor, speaker.start() - ABSOLUTE_REACH); k--) {
            if (d.lower(k).equals("with") || d.lower(k).equals("of")) {
                return false; // "with Gorka noting", "with one of her ads asking": the participle's own subject
            }
        }
        if (speaker.kind() == Candidate.Kind.NOMINAL) {
            return !prev.equals(",") && !prev.equals("and");
        }
        return speaker.kind() == Candidate.Kind.ENTITY && SpeakerPhrases.isPreposition(prev);
    }

    /**
     * Returns the start of the coordinated clause the quotation starting at {@code first} is in:
     * after the last ", and" or ", but" (or a semicolon) before it that is followed by a new
     * subject, a pronoun or a name ("Mr. Khan said …, and he accused Mr. Trump of running a
     * campaign “of hatred”": the report is the second clause's), if that clause has a cue; else
     * {@code floor}.
     */
    static int clauseStart(QuoteDocument d, int first, int floor) {
        for (int k = first - 3; k > floor; k--) {
            boolean coordination = d.word(k).equals(",") && (d.lower(k + 1).equals("and") || d.lower(k + 1).equals("but"));
            boolean semicolon = d.word(k).equals(";");
            if (!coordination && !semicolon || d.quoted(k)) {
                continue;
            }
            int subject = semicolon ? k + 1 : k + 2;
            boolean newSubject = SpeakerPhrases.SUBJECT_PRONOUNS.contains(d.lower(subject))
                    || d.entityOf(subject) >= 0 && d.typeAt(subject) != org.newsextract.nlp.NameLabel.LOC;
            if (!newSubject) {
                continue;
            }
            for (int c = subject; c < first; c++) {
                if (d.cueLength(c) > 0) {
                    return subject;
                }
            }
            return floor;
        }
        return floor;
    }

    /**
     * True if the cue at {@code c} is the verb of an adverbial clause that a comma closes before
     * the quotation ({@code Later in the show, after the interview concluded, Maher stated that
     * the report “…”}): the clause opens with a subordinator right after a comma or at
     * {@code floor}, and no comma lies between it and the cue. Such a cue is not the sentence's.
     */
    static boolean inClosedSubordinateClause(QuoteDocument d, int c, int floor, int first) {
        int k = c - 1;
        while (k >= floor && !d.quoted(k) && !d.word(k).equals(",")) {
            if (CLAUSE_SUBORDINATORS.contains(d.lower(k)) && (k == floor || d.word(k - 1).equals(","))) {
                for (int j = c + d.cueLength(c); j < first; j++) {
                    if (d.word(j).equals(",") && !d.quoted(j)) {
                        return true;
                    }
                }
                return false;
            }
            k--;
        }
        return false;
    }

    /**
     * True if the cue at {@code c} is the verb of a relative clause ("Graham, who says the
     * allies should help, tweeted …"): ", who" or ", which" at most {@link #ADJACENT} tokens
     * before it. The main clause's cue after it is the sentence's cue.
     */
    static boolean inRelativeClause(QuoteDocument d, int c, int floor) {
        for (int k = c - 1; k >= Math.max(floor + 1, c - ADJACENT); k--) {
            if ((d.lower(k).equals("who") || d.lower(k).equals("which")) && d.word(k - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if the cue at {@code c} is a participle right after a quotation that ends with a comma
     * inside its marks ({@code Sanders said the process could be “messy,” adding, “…”}): the
     * comma before the closing mark sets the participle off as {@link #sharesSubject} does; so
     * does a comma before an adverb in -ly ({@code …, alternately shouting “…”}).
     */
    static boolean participleAfterQuotation(QuoteDocument d, int c) {
        if (c <= 1 || !d.lower(c).endsWith("ing") || !d.word(c - 2).equals(",")) {
            return false;
        }
        boolean adverb = !d.quoted(c - 1) && d.lower(c - 1).endsWith("ly")
                && Character.isLowerCase(d.word(c - 1).charAt(0)); // "…, alternately shouting “…”"
        boolean closingMark = d.quoted(c - 1) && d.quoteOf(c - 2) == d.quoteOf(c - 1); // "“messy,” adding"
        return adverb || closingMark;
    }

    /** True if the cue at {@code c} is a participle or coordinated verb that has no subject of its own. */
    static boolean sharesSubject(QuoteDocument d, int c) {
        if (c == 0) {
            return false;
        }
        String prev = d.lower(c - 1);
        boolean participle = d.lower(c).endsWith("ing");
        return participle && (prev.equals(",") || prev.equals("while") || prev.equals("after") || prev.equals("before")
                || prev.equals("when") || prev.equals("by") || prev.equals("in") || prev.equals("and")
                || prev.equals("--") || prev.equals("also"))
                || prev.equals("and") || prev.equals("but");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
