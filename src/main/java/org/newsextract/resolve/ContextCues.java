package org.newsextract.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.PlaceKind;
import org.newsextract.text.TokenizedText;

/**
 * Rule: what the text says a name is decides its type when the tagger called it a person.
 *
 * <p>Encyclopedias, travel guides and news define what they name: "Brensbach is a municipality
 * in ...", "Bilka is a Danish chain of hypermarkets", "the village of Cliddesden", "a suburb of
 * Aarhus", "Debden, England", "Ferrari-powered Haas", "Ted Baker Chief Executive Rachel Osborne".
 * Taggers trained on news read such unknown one-word names as surnames. The mentions of a name
 * the tagger called a person (all of them) become a place or an organization when at least one
 * of them has one of these cues and none has a title before it, none starts with a common first
 * name and none is a word of another person's full name:
 * <ul>
 *   <li>a definition: "X is/was a/an/the ... NOUN" or "X, a ... NOUN", where NOUN ends the noun
 *       phrase and is a place noun ("village", "city", "municipality") or an organization noun
 *       ("chain", "manufacturer", "band": {@code models/kind-nouns.tsv},
 *       {@code models/organization-nouns.txt});</li>
 *   <li>a place noun and "of" before it: "the town of X", "a suburb of X";</li>
 *   <li>a country or a state after it and a comma, the end of the phrase after that: "X,
 *       Maryland", "X, England," (place);</li>
 *   <li>an adjective of ownership before it ("Ferrari-powered X", "U.S.-owned X"), or a company
 *       officer's title or "shares"/"stores" after it ("X Chief Executive", "X CEO") (organization).</li>
 * </ul>
 * The cues are looked for at the mentions and at every other occurrence of a mention's words that
 * the tagger left untagged: a travel guide defines its title in its first sentence, where the
 * tagger often sees no name ("Łódź (Pronounced: Wootch) is Poland's third biggest city"). When
 * both kinds have cues, the name is left alone. A name the tagger called a place (all its
 * mentions) that the text defines as an organization ("Stone Island is an Italian fashion
 * brand") becomes one; a definition by a collective noun before "of" ("Vava'u is a group of
 * islands") defines nothing. Names the tagger called organizations are left alone: teams and
 * companies are named after places, and a definition as a place ("... is a school district")
 * says too little about which one is meant.
 */
final class ContextCues {
    /** The most words between the article and the defining noun ("a small Danish chain"). */
    static final int MAX_MODIFIERS = 4;

    private static final Set<String> COPULAS = Set.of("is", "was");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words that may follow the head noun of a definition ("a village in ...", "a chain of ..."). */
    private static final Set<String> AFTER_HEAD = Set.of("of", "in", "and", "or", "on", "at", "near", "with", "that",
            "which", "whose", "based", "founded", "located", "situated", "headquartered", "owned", "from", "for",
            "by", "since", "known", "called", "where", "who", "to");
    /** Organization nouns that, before "of", name a collection of anything: "a group of islands". */
    private static final Set<String> COLLECTIVES = Set.of("group", "network", "union", "series", "family");
    private static final Set<String> OWNERSHIP_SUFFIXES = Set.of("-owned", "-powered", "-backed", "-listed",
            "-controlled", "-run", "-operated", "-headquartered");
    private static final Set<String> OFFICER_WORDS = Set.of("ceo", "cfo", "shares", "shareholders", "stores",
            "subsidiary", "spokesperson");
    private static final List<List<String>> OFFICER_PHRASES = List.of(List.of("chief", "executive"),
            List.of("managing", "director"), List.of("chief", "financial"), List.of("chief", "operating"));

    private final Lexicon lexicon;

    ContextCues(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, List<NameSpan> spans, Map<String, String> links, TokenLabels labels) {
        Map<String, List<NameSpan>> groups = TypeVote.groupsByName(doc, spans, links, s -> s.label() != NameLabel.MISC);
        Set<String> personWords = new HashSet<>();
        for (NameSpan s : spans) {
            if (s.label() == NameLabel.PER && s.length() >= 2) {
                for (int t = s.start(); t < s.end(); t++) {
                    personWords.add(doc.word(t).toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, List<Integer>> positions = new HashMap<>(); // filled on first use, by withUntaggedOccurrences
        for (List<NameSpan> members : groups.values()) {
            NameLabel label = members.get(0).label();
            if (label == NameLabel.ORG || members.stream().anyMatch(s -> s.label() != label)) {
                continue;
            }
            if (label == NameLabel.PER && !members.stream().allMatch(s -> unlikePerson(doc, s, personWords))) {
                continue;
            }
            boolean place = false;
            boolean org = false;
            for (NameSpan s : withUntaggedOccurrences(doc, members, positions)) {
                Kind k = definition(doc, s);
                if (label == NameLabel.LOC) {
                    org |= k == Kind.ORG;
                    place |= k == Kind.PLACE;
                    continue;
                }
                place |= k == Kind.PLACE || placeOf(doc, s) || beforePlace(doc, s, labels);
                org |= k == Kind.ORG || ownedOrOfficer(doc, s);
            }
            if (place != org && (label == NameLabel.PER || org)) {
                for (NameSpan s : members) {
                    labels.relabel(s.start(), s.end(), place ? NameLabel.LOC : NameLabel.ORG);
                }
            }
        }
    }

    /**
     * The mentions of a name and every other occurrence of a mention's words that the tagger left
     * untagged (labelled as the mentions): a travel guide's first sentence defines its title ("Łódź
     * (Pronounced: Wootch) is Poland's third biggest city") where the tagger saw no name, and calls
     * the city a person further on. {@code positions} (capitalized word to its token indices) is
     * filled here the first time.
     */
    private static List<NameSpan> withUntaggedOccurrences(TokenizedText doc, List<NameSpan> members,
                                                          Map<String, List<Integer>> positions) {
        if (positions.isEmpty()) {
            for (int t = 0; t < doc.tokenCount(); t++) {
                if (Names.isCapitalized(doc.word(t))) {
                    positions.computeIfAbsent(doc.word(t), k -> new ArrayList<>()).add(t);
                }
            }
        }
        List<NameSpan> all = new ArrayList<>(members);
        Set<Integer> starts = new HashSet<>();
        for (NameSpan s : members) {
            starts.add(s.start());
        }
        Set<String> seen = new HashSet<>();
        for (NameSpan s : members) {
            if (!seen.add(Names.display(doc, s.start(), s.end()))) {
                continue;
            }
            for (int at : positions.getOrDefault(doc.word(s.start()), List.of())) {
                if (starts.contains(at) || at + s.length() > doc.sentenceEnd(doc.sentenceOf(at))) {
                    continue;
                }
                boolean same = true;
                for (int k = 1; k < s.length() && same; k++) {
                    same = doc.word(at + k).equals(doc.word(s.start() + k));
                }
                if (same && (at + s.length() >= doc.tokenCount() || !Names.isCapitalized(doc.word(at + s.length())))
                        && (at == 0 || !Names.isCapitalized(doc.word(at - 1)) || at == doc.sentenceStart(doc.sentenceOf(at)))) {
                    all.add(new NameSpan(at, at + s.length(), s.label(), s.confidence()));
                    starts.add(at);
                }
            }
        }
        return all;
    }

    /** What a defining noun says a name is. */
    enum Kind { PLACE, ORG }

    private boolean unlikePerson(TokenizedText doc, NameSpan s, Set<String> personWords) {
        int first = doc.sentenceStart(doc.sentenceOf(s.start()));
        if (lexicon.isFirstName(doc.word(s.start()))) {
            return false;
        }
        if (s.length() == 1 && personWords.contains(doc.word(s.start()).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int from = Math.max(first, s.start() - 2); from < s.start(); from++) {
            if (lexicon.isTitle(Names.display(doc, from, s.start()))) {
                return false;
            }
        }
        return true;
    }

    private Kind kindOf(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        Kind k = lexicon.kindNoun(n);
        if (k == null && lexicon.isOrganizationNoun(n)) {
            return Kind.ORG;
        }
        return k;
    }

    /** "X is a ... NOUN" or "X, a ... NOUN", NOUN ending the noun phrase. */
    private Kind definition(TokenizedText doc, NameSpan s) {
        return definition(doc, s.start(), s.end(), true);
    }

    /**
     * What "X is/was a/an/the ... NOUN" (and, with {@code apposition}, "X, a ... NOUN") after the
     * tokens {@code [start, end)} says they name, or null.
     */
    Kind definition(TokenizedText doc, int start, int nameEnd, boolean apposition) {
        int end = doc.sentenceEnd(doc.sentenceOf(start));
        int t = skipParenthesis(doc, nameEnd, end);
        int np = t + 1 < end && (COPULAS.contains(doc.word(t)) || apposition && doc.word(t).equals(","))
                ? determiner(doc, t + 1, end) : -1;
        if (np > 0) {
            for (int k = np; k < end && k <= np + MAX_MODIFIERS; k++) {
                String w = doc.word(k);
                if (!Names.hasLetterOrDigit(w) || AFTER_HEAD.contains(w)) {
                    return null;
                }
                Kind kind = Character.isLowerCase(w.codePointAt(0)) ? kindOf(w) : null;
                if (kind != null && k + 1 < end && doc.word(k + 1).equals("of") && COLLECTIVES.contains(w)) {
                    return null; // "a group of islands", "a network of canals"
                }
                if (kind != null && (k + 1 >= end || !Names.hasLetterOrDigit(doc.word(k + 1))
                        || AFTER_HEAD.contains(doc.word(k + 1)))) {
                    return kind;
                }
            }
        }
        return null;
    }

    /** Returns the index after a parenthesis that starts at {@code t} ("X (pronounced ...) is"), or {@code t}. */
    private static int skipParenthesis(TokenizedText doc, int t, int end) {
        if (t < end && (doc.word(t).equals("(") || doc.word(t).equals("-LRB-"))) {
            for (int k = t + 1; k < end && k <= t + 12; k++) {
                if (doc.word(k).equals(")") || doc.word(k).equals("-RRB-")) {
                    return k + 1;
                }
            }
        }
        return t;
    }

    /**
     * Returns the index after the determiner of a noun phrase at {@code t}: an article ("a",
     * "the") or a possessive name of up to three words ("Poland 's"), or -1 when there is none.
     */
    private static int determiner(TokenizedText doc, int t, int end) {
        if (ARTICLES.contains(doc.word(t).toLowerCase(Locale.ROOT))) {
            return t + 1;
        }
        for (int k = t; k < end && k < t + 3 && Names.isCapitalized(doc.word(k)); k++) {
            if (k + 1 < end && (doc.word(k + 1).equals("'s") || doc.word(k + 1).equals("’s"))) {
                return k + 2;
            }
        }
        return -1;
    }

    /** "the town of X", "a suburb of X". */
    private boolean placeOf(TokenizedText doc, NameSpan s) {
        int first = doc.sentenceStart(doc.sentenceOf(s.start()));
        return s.start() - 2 >= first && doc.word(s.start() - 1).equals("of")
                && kindOf(doc.word(s.start() - 2)) == Kind.PLACE && Character.isLowerCase(doc.word(s.start() - 2).charAt(0));
    }

    /** "X, Maryland" or "X, England," ending the phrase. */
    private boolean beforePlace(TokenizedText doc, NameSpan s, TokenLabels labels) {
        int end = doc.sentenceEnd(doc.sentenceOf(s.start()));
        int t = s.end();
        if (t + 1 >= end || !doc.word(t).equals(",")) {
            return false;
        }
        for (int n = Math.min(3, end - t - 1); n >= 1; n--) {
            int stop = t + 1 + n;
            PlaceKind kind = lexicon.placeKind(Names.display(doc, t + 1, stop));
            if ((kind == PlaceKind.COUNTRY || kind == PlaceKind.STATE_OR_PROVINCE)
                    && (stop >= end || !Names.hasLetterOrDigit(doc.word(stop)))) {
                return true;
            }
        }
        return false;
    }

    /** "Ferrari-powered X", "X Chief Executive", "X CEO", "X shares". */
    private boolean ownedOrOfficer(TokenizedText doc, NameSpan s) {
        int sentence = doc.sentenceOf(s.start());
        int first = doc.sentenceStart(sentence);
        int end = doc.sentenceEnd(sentence);
        if (s.start() > first) {
            String before = doc.word(s.start() - 1).toLowerCase(Locale.ROOT);
            int dash = before.lastIndexOf('-');
            if (dash > 0 && OWNERSHIP_SUFFIXES.contains(before.substring(dash))) {
                return true;
            }
        }
        int t = s.end();
        if (t < end && OFFICER_WORDS.contains(doc.word(t).toLowerCase(Locale.ROOT))) {
            return true;
        }

        for (List<String> phrase : OFFICER_PHRASES) {
            if (t + phrase.size() <= end) {
                boolean match = true;
                for (int k = 0; k < phrase.size() && match; k++) {
                    match = doc.word(t + k).toLowerCase(Locale.ROOT).equals(phrase.get(k));
                }
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Returns the kind a column of {@code models/kind-nouns.tsv} names ("place", "org"), or null. */
    static Kind kind(String name) {
        return name.equals("place") ? Kind.PLACE : name.equals("org") ? Kind.ORG : null;
    }
}
