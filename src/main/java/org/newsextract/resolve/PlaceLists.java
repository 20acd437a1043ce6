package org.newsextract.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule (order: package-info.java): a "person" listed among places is a place: "the cities of
 * Scottsdale, Tempe, Glendale, Peoria, Chandler, and Gilbert", "Slovakia, Saint Kitts and Nevis,
 * Saint Lucia".
 *
 * <p>A list is a run of at least {@link #MIN_ITEMS} names of one sentence joined only by commas,
 * "and" or "or". Writers list like with like; when most of a list's names are places
 * ({@link #MIN_PLACES} or more, and more places than people), a name tagged as a person in it
 * (towns named after people, "Chandler", "Gilbert"; saints' islands) is a place, in all its
 * mentions, provided every mention of that name in the document stands in such a list: a person
 * named elsewhere in the text keeps the type.
 */
final class PlaceLists {
    /** The fewest names of a list. */
    static final int MIN_ITEMS = 3;
    /** The fewest places a list needs before its people are read as places. */
    static final int MIN_PLACES = 2;

    void apply(TokenizedText doc, List<NameSpan> spans, Map<String, String> links, TokenLabels labels) {
        Set<NameSpan> inPlaceLists = new HashSet<>();
        List<NameSpan> list = new ArrayList<>();
        for (NameSpan s : spans) {
            if (!list.isEmpty() && !joined(doc, list.get(list.size() - 1), s)) {
                collect(list, inPlaceLists);
                list.clear();
            }
            list.add(s);
        }
        collect(list, inPlaceLists);
        if (inPlaceLists.isEmpty()) {
            return;
        }
        Map<String, List<NameSpan>> people = TypeVote.groupsByName(doc, spans, links, s -> s.label() == NameLabel.PER);
        for (List<NameSpan> mentions : people.values()) {
            if (inPlaceLists.containsAll(mentions)) {
                for (NameSpan s : mentions) {
                    labels.relabel(s.start(), s.end(), NameLabel.LOC);
                }
            }
        }
    }

    /** Adds the people of a list whose names are mostly places. */
    private static void collect(List<NameSpan> list, Set<NameSpan> inPlaceLists) {
        if (list.size() < MIN_ITEMS) {
            return;
        }
        long places = list.stream().filter(s -> s.label() == NameLabel.LOC).count();
        long people = list.stream().filter(s -> s.label() == NameLabel.PER).count();
        if (places >= MIN_PLACES && places > people) {
            list.stream().filter(s -> s.label() == NameLabel.PER).forEach(inPlaceLists::add);
        }
    }

    /** True if two names of one sentence are joined by ",", "and", "or", ", and" or ", or" alone. */
    private static boolean joined(TokenizedText doc, NameSpan a, NameSpan b) {
        if (doc.sentenceOf(a.start()) != doc.sentenceOf(b.start())) {
            return false;
        }
        int gap = b.start() - a.end();
        if (gap == 1) {
            String w = doc.word(a.end());
            return w.equals(",") || isConjunction(w);
        }
        return gap == 2 && doc.word(a.end()).equals(",") && isConjunction(doc.word(a.end() + 1));
    }

    private static boolean isConjunction(String w) {
        return w.equals("and") || w.equals("or");
    }
}
