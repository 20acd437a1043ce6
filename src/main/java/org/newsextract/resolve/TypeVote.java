package org.newsextract.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule (order: package-info.java): a name is a person everywhere in the document or nowhere.
 *
 * <p>The mentions of one name (case-insensitive; an acronym counts with the name it abbreviates)
 * that carry different labels, one of them person, all take the label most of them carry; a
 * mention right after a preposition of place ("in", "near") counts twice for its label, and ties
 * go to the label with more evidence (the sum of the mentions' log-odds), then to the first
 * mention's. So "Hama" is never a person in one
 * sentence and a place in the next, and "Hayat Tahrir al-Sham" follows its "HTS" mentions.
 *
 * <p>Context decides a one-word "person" that is nobody's first or last name in the document
 * and that follows a preposition of place ("in Hama", "near Hama") at least once in three
 * mentions: it is a place. On CoNLL-2003 train, a name after "in" is a place 592 times, a person
 * 15 times.
 *
 * <p>So does a longer name: a one-word "person" that starts an organization's or a place's name
 * of two words or more in the same document, and is part of no person's longer name, is that
 * organization or place ("Rotor" after "Rotor Volgograd").
 *
 * <p>Place-versus-organization disagreements are left alone: news uses a city's name for the
 * city and for its team or government ("Detroit beat Boston"), and forcing one type there costs
 * 0.5 F1 on CoNLL-2003 dev.
 */
final class TypeVote {

    private static final java.util.Set<String> PLACE_PREPOSITIONS =
            java.util.Set.of("in", "near", "outside", "into", "across", "around", "towards", "toward");

    void apply(TokenizedText doc, List<NameSpan> spans, Map<String, String> links, TokenLabels labels) {
        java.util.Set<String> personWords = new java.util.HashSet<>();
        for (NameSpan s : spans) {
            if (s.label() == NameLabel.PER && s.length() >= 2) {
                for (int t = s.start(); t < s.end(); t++) {
                    personWords.add(doc.word(t));
                }
            }
        }
        // The first word of a longer organization or place name ("Rotor" of "Rotor Volgograd").
        Map<String, NameLabel> heads = new java.util.HashMap<>();
        for (NameSpan s : spans) {
            if ((s.label() == NameLabel.ORG || s.label() == NameLabel.LOC) && s.length() >= 2) {
                heads.merge(doc.word(s.start()), s.label(), (a, b) -> a == b ? a : NameLabel.MISC);
            }
        }
        Map<String, List<NameSpan>> groups = new LinkedHashMap<>();
        for (NameSpan s : spans) {
            groups.computeIfAbsent(root(Names.key(doc, s.start(), s.end()), links), k -> new ArrayList<>()).add(s);
        }
        for (List<NameSpan> group : groups.values()) {
            Map<NameLabel, Integer> votes = new EnumMap<>(NameLabel.class);
            Map<NameLabel, Double> evidence = new EnumMap<>(NameLabel.class);
            for (NameSpan s : group) {
                votes.merge(s.label(), afterPlacePreposition(doc, s) ? 2 : 1, Integer::sum);
                evidence.merge(s.label(), logOdds(s.confidence()), Double::sum);
            }
            NameLabel head = group.get(0).length() == 1 && !personWords.contains(doc.word(group.get(0).start()))
                    ? heads.get(doc.word(group.get(0).start())) : null;
            if (votes.containsKey(NameLabel.PER) && (head == NameLabel.ORG || head == NameLabel.LOC)) {
                for (NameSpan s : group) {
                    if (s.label() != head) {
                        labels.relabel(s.start(), s.end(), head);
                    }
                }
                continue;
            }
            if (votes.size() == 1 && votes.containsKey(NameLabel.PER)) {
                if (isPlaceByContext(doc, group, personWords)) {
                    for (NameSpan s : group) {
                        labels.relabel(s.start(), s.end(), NameLabel.LOC);
                    }
                }
                continue;
            }
            if (votes.size() < 2 || !votes.containsKey(NameLabel.PER)) {
                continue;
            }
            NameLabel winner = group.get(0).label();
            for (NameLabel l : votes.keySet()) {
                int c = votes.get(l);
                int w = votes.get(winner);
                if (c > w || c == w && evidence.get(l) > evidence.get(winner) + 1e-9) {
                    winner = l;
                }
            }
            for (NameSpan s : group) {
                if (s.label() != winner) {
                    labels.relabel(s.start(), s.end(), winner);
                }
            }
        }
    }

    private static double logOdds(double p) {
        double q = Math.min(0.9999, Math.max(0.0001, p));
        return Math.log(q / (1 - q));
    }

    private static boolean afterPlacePreposition(TokenizedText doc, NameSpan s) {
        int before = s.start() - 1;
        return before >= doc.sentenceStart(doc.sentenceOf(s.start()))
                && PLACE_PREPOSITIONS.contains(doc.word(before).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isPlaceByContext(TokenizedText doc, List<NameSpan> group, java.util.Set<String> personWords) {
        NameSpan first = group.get(0);
        if (first.length() != 1 || personWords.contains(doc.word(first.start()))) {
            return false;
        }
        int after = 0;
        for (NameSpan s : group) {
            if (afterPlacePreposition(doc, s)) {
                after++;
            }
        }
        return after >= 1 && after * 3 >= group.size();
    }

    /**
     * The names {@code which} accepts, grouped by name (case-insensitive, acronyms joined to their
     * long names by {@code links}), in order of first mention: the groups whose mentions the
     * document-level rules retype together.
     */
    static Map<String, List<NameSpan>> groupsByName(TokenizedText doc, List<NameSpan> spans, Map<String, String> links,
                                                   java.util.function.Predicate<NameSpan> which) {
        Map<String, List<NameSpan>> groups = new LinkedHashMap<>();
        for (NameSpan s : spans) {
            if (which.test(s)) {
                groups.computeIfAbsent(root(Names.key(doc, s.start(), s.end()), links), k -> new ArrayList<>()).add(s);
            }
        }
        return groups;
    }

    /** Follows acronym links to the long name's key. */
    static String root(String key, Map<String, String> links) {
        String k = key;
        for (int guard = 0; guard < 8 && links.containsKey(k); guard++) {
            k = links.get(k);
        }
        return k;
    }
}
