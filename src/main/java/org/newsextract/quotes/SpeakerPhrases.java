package org.newsextract.quotes;

import java.util.Set;

import org.newsextract.nlp.NameLabel;

/**
 * Finds the phrase that names a speaker next to a reporting cue, from tokens, entity mentions
 * and word lists alone (no parser).
 *
 * <p>A speaker phrase is, in order of preference, a person's or organization's mention (a place
 * only right next to the cue: "Russia said"), a subject pronoun ("he", "they"), or a common noun
 * phrase of at most {@link #MAX_NOMINAL} words ("the announcer", "a spokesman", "officials").
 * Before a cue, adverbs and auxiliaries ("also", "has", "later") are skipped, a relative
 * pronoun stands for the phrase before its comma ("Peter Brandt, who said"), and so are skipped an
 * apposition between commas ("X, the Y of Z, said") and a parenthesis ("Rep. X (D-N.C.) said").
 * After a cue, titles before a name ("said Rep. X") and time words ("said Monday X") are
 * skipped. A common noun phrase takes in a possessor ("the rebels' swift advance") and a place
 * after "in/of" right before the cue ("Officials in Kyiv said"), and ends before a participle with
 * "by" ("a note seen by Reuters"); a preposition or clause opener ("despite", "while") is never part
 * of one. Stateless apart from the document.
 */
final class SpeakerPhrases {
    static final int MAX_NOMINAL = 6;
    private static final int MAX_APPOSITION = 30;
    /** How many appositions between commas may stand between a speaker and the cue. */
    private static final int MAX_APPOSITIONS = 2;

    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    private static final Set<String> SKIPPED = Set.of("also", "has", "had", "have", "would", "will", "later",
            "then", "previously", "once", "again", "repeatedly", "recently", "just", "further", "simply", "flatly",
            "often", "publicly", "privately", "quickly", "reportedly", "initially", "first", "finally",
            "originally", "earlier", "still", "now", "even", "only", "never", "always",
            "separately", "angrily", "sarcastically", "told", "is", "was", "did", "does", "may", "might", "could",
            "should");
    private static final Set<String> LY_NOUNS = Set.of("family", "ally", "rally", "assembly", "supply", "monopoly",
            "anomaly", "bully", "tally", "folly", "homily", "butterfly", "melancholy", "jelly", "belly", "reply",
            "daily", "weekly", "monthly", "quarterly");
    private static final Set<String> WEEKDAYS_AND_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "april", "june", "july", "august", "september",
            "october", "november", "december");
    private static final Set<String> PERIODS = Set.of("week", "month", "year", "night", "morning", "afternoon",
            "evening", "day", "weekend", "weeks", "months", "years", "days");
    private static final Set<String> TIME_QUALIFIERS = Set.of("last", "this", "next", "that", "the", "one", "two",
            "three", "few", "several");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "this", "that", "these", "those", "one", "two", "three", "several", "many", "some", "other", "another",
            "my", "your");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "later", "earlier", "recently", "then", "also",
            "previously", "last", "this", "week", "month", "year", "morning", "afternoon", "evening", "night", ",");

    /** The tokens of a possessive ("'s" and the bare apostrophe of "rebels'"), straight or curly. */
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "\u2019s", "'", "\u2019");

    /** Relative pronouns that open a relative clause between commas after a speaker ("X, who …, said"). */
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom");

    private final QuoteDocument d;

    SpeakerPhrases(QuoteDocument d) {
        this.d = d;
    }

    /**
     * Returns the speaker phrase that ends just before the cue at {@code cue}, looking no further
     * back than token {@code floor}; null if there is none. A relative pronoun with a named
     * antecedent ("Graham, who said") is itself the mention, standing for the antecedent's entity
     * as "he" stands for its own: the span that names the speaker at the cue, which is PolNeAR's
     * Source (for quotations and reported speech alike).
     */
    Candidate before(int cue, int floor) {
        int t = cue - 1;
        while (t >= floor && !d.quoted(t)) {
            int skip = modifierBefore(t, floor);
            if (skip == 0) {
                break;
            }
            t -= skip;
        }
        if (t - 1 >= floor && (d.lower(t).equals("who") || d.lower(t).equals("which")) && d.word(t - 1).equals(",")) {
            // "according to Peter Brandt, who said": the relative pronoun's antecedent.
            Candidate antecedent = endingAt(t - 2, floor, false);
            if (antecedent != null && antecedent.kind() == Candidate.Kind.ENTITY) {
                return new Candidate(t, t + 1, Candidate.Kind.ENTITY, antecedent.entity());
            }
            if (antecedent != null) {
                return antecedent;
            }
        }
        while (t >= floor && !d.quoted(t)) {
            String w = d.word(t);
            if (w.equals(")")) {
                int open = t - 1;
                while (open > floor && !d.word(open).equals("(") && t - open < MAX_APPOSITION) {
                    open--;
                }
                if (!d.word(open).equals("(")) {
                    return null;
                }
                t = open - 1;
                continue;
            }
            int aside = w.equals(",") ? parentheticalBefore(t, floor) : -1;
            if (aside >= 0) {
                t = aside - 1; // "Ayotte's campaign, for example, said": the phrase before the aside
                continue;
            }
            if (w.equals(",")) {
                // X, the Y of Z, said: the speaker is before the apposition; with two appositions
                // ("X, the attorney general of Oklahoma, one of the states suing, said"), before both.
                Candidate fallback = null;
                int right = t;
                for (int hop = 0; hop < MAX_APPOSITIONS; hop++) {
                    int comma = right - 1;
                    while (comma > floor && !d.word(comma).equals(",") && !d.quoted(comma)
                            && right - comma < MAX_APPOSITION && !isSentenceEnd(comma)) {
                        comma--;
                    }
                    if (comma <= floor || !d.word(comma).equals(",") || d.quoted(comma)) {
                        return fallback;
                    }
                    Candidate outer = endingAt(beforeParenthesis(comma - 1, floor), floor, false);
                    if (outer != null && outer.kind() != Candidate.Kind.NOMINAL) {
                        return outer;
                    }
                    if (outer != null && (RELATIVES.contains(d.lower(comma + 1)) || participle(comma + 1))) {
                        // "A Warren adviser, who spoke on condition of anonymity, said": the phrase
                        // before the relative clause, not the clause's last words (or a name before it).
                        fallback = outer;
                    } else if (hop == 0) {
                        Candidate inner = endingAt(right - 1, comma + 1, false);
                        fallback = inner != null ? inner : outer;
                    }
                    right = comma;
                }
                return fallback;
            }
            return placeAfterNoun(endingAt(t, floor, true), floor);
        }
        return null;
    }

    /**
     * Returns a place's mention right before a cue widened to the common noun phrase it
     * qualifies ("Officials in Kyiv said", "The mayor of London said": the officials and the
     * mayor speak, not the place), or the phrase as it was when it is no such place.
     */
    private Candidate placeAfterNoun(Candidate phrase, int floor) {
        if (phrase == null || phrase.kind() != Candidate.Kind.ENTITY || d.typeAt(phrase.start()) != NameLabel.LOC
                || phrase.start() - 2 < floor || !PLACE_PREPOSITIONS.contains(d.lower(phrase.start() - 1))) {
            return phrase;
        }
        Candidate noun = endingAt(phrase.start() - 2, floor, false);
        return noun == null || noun.kind() != Candidate.Kind.NOMINAL ? phrase
                : new Candidate(noun.start(), phrase.end(), Candidate.Kind.NOMINAL, -1);
    }

    /** Prepositions that join a place to the noun before it ("officials in Kyiv", "the mayor of London"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "from", "at", "for");

    /**
     * True if the token is a lower-case -ing participle that opens a phrase set off by commas
     * after a speaker ("An official, speaking on condition of anonymity, said"): the phrase is
     * about the speaker, and its last words ("the prime minister's schedule") are none.
     */
    private boolean participle(int t) {
        String w = d.word(t);
        return w.length() > MIN_PARTICIPLE && w.endsWith("ing") && Character.isLowerCase(w.charAt(0));
    }

    /** The fewest letters of a word read as an -ing participle ("speaking", not "king"). */
    private static final int MIN_PARTICIPLE = 4;

    /**
     * Returns the comma that opens a sentence adverb set off by commas and ending at the comma
     * {@code t} (", however,", ", for example,", ", in fact,"), or -1 when the words before
     * {@code t} are not one.
     */
    private int parentheticalBefore(int t, int floor) {
        for (int comma = t - 2; comma > floor && t - comma <= MAX_ASIDE + 1; comma--) {
            if (d.word(comma).equals(",") && !d.quoted(comma)) {
                StringBuilder words = new StringBuilder();
                for (int k = comma + 1; k < t; k++) {
                    words.append(k > comma + 1 ? " " : "").append(d.lower(k));
                }
                return ASIDES.contains(words.toString()) ? comma : -1;
            }
        }
        return -1;
    }

    /** The most words of a sentence adverb set off by commas between a speaker and its cue. */
    private static final int MAX_ASIDE = 3;
    /** Sentence adverbs set off by commas between a speaker and its cue ("X, however, said"). */
    private static final Set<String> ASIDES = Set.of("however", "for example", "for instance", "in fact", "too",
            "though", "meanwhile", "of course", "in turn", "instead", "in contrast", "by contrast", "nonetheless",
            "nevertheless", "moreover", "in addition", "likewise", "similarly", "indeed", "in response",
            "in a statement", "in an interview", "for his part", "for her part", "for their part", "at least");

    /**
     * Returns how many tokens ending at {@code t} are a modifier between a speaker and its cue,
     * 0 if none: an adverb or auxiliary of {@link #SKIPPED}, an adverb in -ly ("Moscow strongly
     * denied", "her peers jokingly referred"), or a time expression ("Wednesday", "April",
     * "two weeks ago", "last week", "Tuesday night").
     */
    private int modifierBefore(int t, int floor) {
        String lower = d.lower(t);
        if (WEEKDAYS_AND_MONTHS.contains(lower) && d.entityOf(t) < 0 && t - 1 >= floor
                && (d.lower(t - 1).equals("on") || d.lower(t - 1).equals("in"))) {
            return 2; // "Ellen Park on Wednesday said"
        }
        if (SKIPPED.contains(lower) || isLyAdverb(t) || WEEKDAYS_AND_MONTHS.contains(lower) && d.entityOf(t) < 0
                || lower.equals("today") || lower.equals("yesterday") || lower.equals("tonight")) {
            return 1;
        }
        if (t - 1 >= floor && (lower.equals("ago") || PERIODS.contains(lower)
                && (TIME_QUALIFIERS.contains(d.lower(t - 1)) || WEEKDAYS_AND_MONTHS.contains(d.lower(t - 1))))) {
            int k = t - 1;
            if (lower.equals("ago") && PERIODS.contains(d.lower(k).replaceAll("s$", "")) && k - 1 >= floor) {
                k--; // "two weeks ago": the number before the period
            }
            return t - k + 1;
        }
        return 0;
    }

    /** True if the token is a lower-case adverb in -ly that is not one of the nouns in -ly ("family", "ally"). */
    private boolean isLyAdverb(int t) {
        String w = d.word(t);
        return w.length() >= 5 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0)) && d.entityOf(t) < 0
                && !LY_NOUNS.contains(w);
    }

    /**
     * Returns the last token before a parenthesis that ends at {@code t} ("Rep. Jim Jordan
     * (R-Ohio), an oversight panel member, said": the name before "(R-Ohio)"), or {@code t}
     * itself when it does not close one.
     */
    private int beforeParenthesis(int t, int floor) {
        if (t <= floor || !d.word(t).equals(")")) {
            return t;
        }
        for (int open = t - 1; open > floor && t - open < MAX_APPOSITION; open--) {
            if (d.word(open).equals("(")) {
                return open - 1;
            }
        }
        return t;
    }

    /**
     * Returns the speaker phrase whose last token is {@code t}, reaching no further back than
     * {@code floor}; null if the token cannot end one.
     *
     * @param placeOk whether a place's mention counts (only right next to a cue)
     */
    Candidate endingAt(int t, int floor, boolean placeOk) {
        if (t < floor || t < 0 || d.quoted(t)) {
            return null;
        }
        if (d.entityOf(t) >= 0) {
            if (d.typeAt(t) == NameLabel.LOC && !placeOk) {
                return null;
            }
            return new Candidate(Math.max(floor, d.mentionFrom(t)), d.mentionTo(t), Candidate.Kind.ENTITY, d.entityOf(t));
        }
        String lower = d.lower(t);
        if (SUBJECT_PRONOUNS.contains(lower)) {
            return new Candidate(t, t + 1, Candidate.Kind.PRONOUN, -1);
        }
        if (!isNominalWord(t) || d.isFunctionWord(lower) || d.isPronoun(lower) || isClauseWord(lower)) {
            return null;
        }
        int start = t;
        while (start - 1 >= floor && t - start + 1 < MAX_NOMINAL && !d.quoted(start - 1)) {
            String prev = d.lower(start - 1);
            if (DETERMINERS.contains(prev)) {
                start--;
                break;
            }
            if (POSSESSIVE_MARKS.contains(prev) && start - 2 >= floor && !d.quoted(start - 2)) {
                // "the rebels' swift advance", "Trump's campaign": the possessor is part of the phrase
                if (d.entityOf(start - 2) >= 0) {
                    start = Math.max(floor, d.mentionFrom(start - 2));
                    break;
                }
                if (isNominalWord(start - 2) && !d.isFunctionWord(d.lower(start - 2)) && !isClauseWord(d.lower(start - 2))
                        && d.cueLength(start - 2) == 0) {
                    start -= 2;
                    continue;
                }
                break;
            }
            if (!isNominalWord(start - 1) || d.isFunctionWord(prev) || isClauseWord(prev) || d.cueLength(start - 1) > 0) {
                break;
            }
            start--;
        }
        return new Candidate(start, t + 1, Candidate.Kind.NOMINAL, -1);
    }

    /**
     * Returns the speaker phrase that starts at or just after {@code t} (after a cue), looking no
     * further than token {@code ceiling}; null if there is none.
     */
    Candidate after(int t, int ceiling) {
        int skipped = 0;
        while (t < ceiling && skipped < 4 && (TIME_WORDS.contains(d.lower(t)) || d.isTitle(d.word(t))
                && d.entityOf(t) < 0 || d.word(t).equals(".") || isNumberModifier(t))) {
            t++;
            skipped++;
        }
        if (t >= ceiling || d.quoted(t)) {
            return null;
        }
        if (d.entityOf(t) >= 0) {
            return new Candidate(d.mentionFrom(t), d.mentionTo(t), Candidate.Kind.ENTITY, d.entityOf(t));
        }
        String lower = d.lower(t);
        if (SUBJECT_PRONOUNS.contains(lower)) {
            return new Candidate(t, t + 1, Candidate.Kind.PRONOUN, -1);
        }
        int start = t;
        if (DETERMINERS.contains(lower)) {
            t++;
        }
        int end = t;
        while (end < ceiling && end - start < MAX_NOMINAL && !d.quoted(end)) {
            if (d.entityOf(end) >= 0) {
                // "said the Florida senator": a place's name inside the phrase, not its end.
                int to = d.mentionTo(end);
                if (d.typeAt(end) != NameLabel.LOC || to >= ceiling || d.entityOf(to) >= 0 || !isNominalWord(to)
                        || d.isFunctionWord(d.lower(to))) {
                    break;
                }
                end = to;
                continue;
            }
            if (!isNominalWord(end) || d.isFunctionWord(d.lower(end)) || isClauseWord(d.lower(end))
                    || end > t && participleBeforeBy(end)) {
                break;
            }
            end++;
        }
        if (end > start && end < ceiling && d.entityOf(end) >= 0 && d.typeAt(end) != NameLabel.LOC) {
            // "said Senate Majority Leader Mitch McConnell": the title words run into the name.
            return new Candidate(d.mentionFrom(end), d.mentionTo(end), Candidate.Kind.ENTITY, d.entityOf(end));
        }
        if (end == t) {
            return null;
        }
        return new Candidate(start, end, Candidate.Kind.NOMINAL, -1);
    }

    /**
     * Returns the subject of the sentence before {@code limit}: the first person's or
     * organization's mention, or subject pronoun, from {@code floor} on that is not the object
     * of a preposition; null if there is none.
     */
    Candidate subject(int floor, int limit) {
        for (int t = floor; t < limit; t++) {
            if (d.quoted(t)) {
                continue;
            }
            boolean afterPreposition = t > floor && isPreposition(d.lower(t - 1));
            if (d.entityOf(t) >= 0 && d.typeAt(t) != NameLabel.LOC) {
                int from = d.mentionFrom(t);
                boolean prep = from > floor && isPreposition(d.lower(from - 1))
                        || from > floor && d.word(from - 1).equals("(") && d.mentionTo(t) < limit
                        && d.word(d.mentionTo(t)).equals(")"); // a dateline's agency: "WASHINGTON (UPI) —"
                boolean titled = from > floor && d.isTitle(d.word(from - 1)) && from - 1 > floor
                        && isPreposition(d.lower(from - 2));
                if (!prep && !titled) {
                    return new Candidate(from, d.mentionTo(t), Candidate.Kind.ENTITY, d.entityOf(t));
                }
                t = d.mentionTo(t) - 1;
                continue;
            }
            if (!afterPreposition && SUBJECT_PRONOUNS.contains(d.lower(t)) && !d.lower(t).equals("it")) {
                return new Candidate(t, t + 1, Candidate.Kind.PRONOUN, -1);
            }
        }
        return null;
    }

    private boolean isSentenceEnd(int t) {
        String w = d.word(t);
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";");
    }

    /** True if the token is a number used as a modifier before a title or name ("said 9/11 widow X"). */
    private boolean isNumberModifier(int t) {
        String w = d.word(t);
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) && t + 1 < d.size() && !d.isPunctuation(t + 1)
                && d.entityOf(t) < 0;
    }

    /** True if the token is a word that can be part of a common noun phrase. */
    private boolean isNominalWord(int t) {
        String w = d.word(t);
        if (w.isEmpty()) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            letter |= Character.isLetter(c);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '.' && c != '\'') {
                return false;
            }
        }
        // A letter first ("spokesman"), or a compound with a number ("the 46-year-old", "two-term").
        boolean word = Character.isLetter(w.charAt(0)) || letter && w.indexOf('-') > 0;
        return word && d.cueLength(t) == 0;
    }

    /**
     * True if the token is a lower-case past participle with "by" after it, which opens a phrase
     * about the noun before it ("according to a note seen by Reuters": the speaker is "a note",
     * not "a note seen").
     */
    private boolean participleBeforeBy(int t) {
        String w = d.word(t);
        return t + 1 < d.size() && d.lower(t + 1).equals("by") && !w.isEmpty() && Character.isLowerCase(w.charAt(0))
                && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || IRREGULAR_PARTICIPLES.contains(w));
    }

    /** Past participles not in -ed, -en or -wn that news puts before "by" ("a letter sent by"). */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("sent", "made", "held", "kept", "done", "put", "read",
            "led", "paid", "built", "bought", "brought", "told", "found", "run", "won", "cut", "set");

    /**
     * True if the word is a preposition or opens a clause ("despite", "while", "otherwise"): it
     * belongs to no noun phrase, so it never starts, ends or continues a speaker phrase
     * ("House Speaker Paul Ryan, R-Wis., despite admitting …": not "despite").
     */
    private static boolean isClauseWord(String w) {
        return isPreposition(w) || LeadingAttribution.FRONTED_SUBORDINATORS.contains(w) || CLAUSE_ADVERBS.contains(w);
    }

    /** Sentence adverbs that link clauses and so end a noun phrase before them. */
    private static final Set<String> CLAUSE_ADVERBS = Set.of("otherwise", "yet", "instead", "however", "therefore",
            "meanwhile", "nevertheless", "nonetheless", "moreover", "thus", "hence");

    static boolean isPreposition(String w) {
        return switch (w) {
            case "in", "of", "on", "at", "for", "from", "with", "to", "by", "about", "after", "before", "during",
                 "against", "under", "over", "between", "like", "than", "into", "toward", "towards", "without",
                 "among", "behind", "through", "via", "despite", "unlike", "including", "as", "whom", "that",
                 "whether", "if" -> true;
            default -> false;
        };
    }
}
