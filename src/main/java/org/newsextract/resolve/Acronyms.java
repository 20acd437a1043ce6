package org.newsextract.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule (order: package-info.java): an acronym in parentheses right after a name is an alias of that name.
 *
 * <p>"Hayat Tahrir al-Sham (HTS)": the letters of "HTS" appear, in order, among the initials
 * of the name's words and hyphen parts (H-ayat T-ahrir a-l S-ham), the first letter matching the
 * first initial. Then the parenthesised "HTS" and every other "HTS" in the document (same
 * spelling, same case) become mentions, and the acronym's name is linked to the long name so
 * that both end up in one entity.
 *
 * <p>An acronym nobody defined in parentheses joins the one longer name of the document whose
 * words' initials are exactly its letters: "U.N." joins "United Nations", "EU" "European Union".
 */
final class Acronyms {
    /** Articles, left out of a name's initials even when capitalized ("The Associated Press", AP). */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private final Lexicon lexicon;

    Acronyms(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The spans after the rule, and each acronym key linked to its long name's key. */
    record Result(List<NameSpan> spans, Map<String, String> links) {
    }

    Result apply(TokenizedText doc, List<NameSpan> spans) {
        Map<Integer, NameSpan> byEnd = new HashMap<>();
        for (NameSpan s : spans) {
            byEnd.put(s.end(), s);
        }
        Map<String, NameSpan> definitions = new HashMap<>();
        Map<String, String> links = new HashMap<>();
        for (int i = 0; i + 2 < doc.tokenCount(); i++) {
            if (!doc.word(i).equals("(") || !doc.word(i + 2).equals(")")) {
                continue;
            }
            String acronym = doc.word(i + 1);
            NameSpan longName = byEnd.get(i);
            if (longName == null || !isAcronymShape(acronym) || definitions.containsKey(acronym)
                    || !initialsFit(doc, longName, acronym)) {
                continue;
            }
            definitions.put(acronym, longName);
            links.put(Names.key(doc, i + 1, i + 2), Names.key(doc, longName.start(), longName.end()));
        }
        linkStandaloneAcronyms(doc, spans, links);
        if (definitions.isEmpty()) {
            return new Result(spans, links.isEmpty() ? Map.of() : links);
        }
        boolean[] covered = new boolean[doc.tokenCount()];
        for (NameSpan s : spans) {
            for (int t = s.start(); t < s.end(); t++) {
                covered[t] = true;
            }
        }
        List<NameSpan> out = new ArrayList<>(spans);
        for (int t = 0; t < doc.tokenCount(); t++) {
            NameSpan def = definitions.get(doc.word(t));
            if (def != null && !covered[t]) {
                out.add(new NameSpan(t, t + 1, def.label(), def.confidence()));
                covered[t] = true;
            }
        }
        out.sort(Comparator.comparingInt(NameSpan::start));
        return new Result(out, links);
    }

    /**
     * Links a one-word name in acronym shape that no parenthesis defined ("U.N.", "EU") to the
     * document's one longer place or organization name whose words' initials, function words
     * left out, are exactly its letters ("United Nations", "European Union"). Nothing is linked
     * when two different names fit, or none.
     */
    private void linkStandaloneAcronyms(TokenizedText doc, List<NameSpan> spans, Map<String, String> links) {
        Map<String, String> longNames = new HashMap<>(); // initials -> key, or "" when ambiguous
        for (NameSpan s : spans) {
            if (s.length() >= 2 && (s.label() == NameLabel.ORG || s.label() == NameLabel.LOC)) {
                String initials = contentInitials(doc, s);
                if (initials.length() >= 2) {
                    String key = Names.key(doc, s.start(), s.end());
                    longNames.merge(initials, key, (a, b) -> a.equals(b) ? a : "");
                }
            }
        }
        for (NameSpan s : spans) {
            String word = doc.word(s.start());
            String key = Names.key(doc, s.start(), s.end());
            if (s.length() != 1 || s.label() == NameLabel.PER || links.containsKey(key) || !isAcronymShape(word)) {
                continue;
            }
            String target = longNames.get(word.replaceAll("[^\\p{Lu}\\d]", ""));
            if (target != null && !target.isEmpty()) {
                links.put(key, target);
            }
        }
    }

    /**
     * Returns the initials of a name's words, leaving out function words written in lower case
     * ("of", "and") and articles ("The"), or "" when another word is not capitalized. A capitalized
     * word of the function-word list counts: it is part of the name, as "New" is of "New York
     * Times" (NYT); left out, "New York Times" had the initials "YT" of "YouTube".
     */
    private String contentInitials(TokenizedText doc, NameSpan s) {
        StringBuilder b = new StringBuilder();
        for (int t = s.start(); t < s.end(); t++) {
            String w = doc.word(t);
            if (w.isEmpty() || lexicon.isFunctionWord(w) && (!Character.isUpperCase(w.charAt(0)) || isArticle(w))) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return "";
            }
            b.append(w.charAt(0));
        }
        return b.toString();
    }

    private static boolean isArticle(String word) {
        return ARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isAcronymShape(String word) {
        if (word.length() < 2 || word.length() > 10) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c) && i > 0) {
                continue; // "DoD", "PhRMA"
            } else if (c != '.' && c != '&' && c != '-' && !Character.isDigit(c)) {
                return false;
            }
        }
        return upper >= 2 && Character.isUpperCase(word.charAt(0));
    }

    static boolean initialsFit(TokenizedText doc, NameSpan name, String acronym) {
        List<Character> initials = new ArrayList<>();
        for (int t = name.start(); t < name.end(); t++) {
            for (String part : doc.word(t).split("[-/]")) {
                if (!part.isEmpty() && Character.isLetterOrDigit(part.charAt(0))) {
                    initials.add(Character.toUpperCase(part.charAt(0)));
                }
            }
        }
        String letters = acronym.replaceAll("[^\\p{Lu}\\d]", "");
        if (letters.isEmpty() || initials.isEmpty() || letters.charAt(0) != initials.get(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < letters.length(); i++) {
            while (j < initials.size() && initials.get(j) != letters.charAt(i)) {
                j++;
            }
            if (j == initials.size()) {
                return false;
            }
            j++;
        }
        return true;
    }
}
