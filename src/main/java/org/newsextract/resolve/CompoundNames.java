package org.newsextract.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.PlaceKind;
import org.newsextract.text.TokenizedText;

/**
 * Rule: names whose inner words taggers cut, and words no name holds.
 * <ul>
 *   <li>Two places joined by "and" or a comma that together are one known place are one name:
 *       "Bosnia and Herzegovina", "Trinidad and Tobago", "Washington, D.C." ({@link Lexicon#placeKind}).</li>
 *   <li>A shop or company named with a possessive, "X's" followed by punctuation, "and", "or" or
 *       "was" (so not by the noun a possessive needs): "Macy's, JC Penney and Sears", "Boatmen's
 *       was ...": the "'s" is part of the name, and a person becomes an organization (a place
 *       keeps its label: "Lord's").</li>
 *   <li>A capitalized "City", "Town", "Village", "Municipality" or "Borough" and "of" before a
 *       place are part of its name: "City of Brampton", "Municipality of Culion".</li>
 *   <li>A person's name in capitals that the tagger cut ("ROCHELLE"/ORG + "WALENSKY"/PER): a
 *       first name in capitals before the person, and a word in capitals after it that names a
 *       person elsewhere in the document, join the name.</li>
 *   <li>An e-mail address or a web address inside a name cuts it in two ("Daniel Smith
 *       daniel.smith@durham.ac.uk Durham University"): it is no part of a name, and two or three
 *       words before it that start with a common first name are the author's name.</li>
 * </ul>
 */
final class CompoundNames {
    /** What may follow a possessive that ends a name, instead of a noun. */
    private static final Set<String> AFTER_POSSESSIVE_NAME = Set.of(",", ".", ";", ":", "and", "or", "was");
    /** The longest name before a possessive that can be a shop's name ("Dillard", "Boatmen"). */
    private static final int MAX_POSSESSIVE_NAME = 2;

    private final Lexicon lexicon;

    CompoundNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        cutAtAddresses(doc, labels);
        namesInCapitals(doc, labels);
        List<NameSpan> spans = labels.spans();
        for (int i = 0; i < spans.size(); i++) {
            NameSpan a = spans.get(i);
            NameSpan b = i + 1 < spans.size() ? spans.get(i + 1) : null;
            if (b != null && a.label() == NameLabel.LOC && b.label() == NameLabel.LOC && b.start() - a.end() == 1
                    && doc.sentenceOf(a.start()) == doc.sentenceOf(b.start())
                    && (doc.word(a.end()).equals("and") || doc.word(a.end()).equals(","))
                    && isKnownPlace(doc, a.start(), b.end())) {
                labels.set(a.start(), b.end(), NameLabel.LOC, Math.min(a.confidence(), b.confidence()));
                i++;
                continue;
            }
            possessive(doc, a, spans, labels);
            settlementOf(doc, a, labels);
        }
    }

    /**
     * A person's name in capitals that the tagger cut ("DIRECTOR: ROCHELLE WALENSKY" as
     * "ROCHELLE"/ORG + "WALENSKY"/PER, or "AVRIL"/PER alone): a word in capitals right before a
     * person that is a common first name joins the name, and an untagged word in capitals right
     * after one joins it when the document names a person with that word elsewhere ("Haines").
     */
    private void namesInCapitals(TokenizedText doc, TokenLabels labels) {
        java.util.Set<String> personWords = new java.util.HashSet<>();
        for (NameSpan s : labels.spans()) {
            if (s.label() == NameLabel.PER && !Names.isAllCaps(doc.word(s.start()))) {
                for (int t = s.start(); t < s.end(); t++) {
                    personWords.add(doc.word(t).toLowerCase(Locale.ROOT));
                }
            }
        }
        for (NameSpan s : labels.spans()) {
            if (s.label() != NameLabel.PER || !Names.isAllCaps(doc.word(s.start()))) {
                continue;
            }
            int sentence = doc.sentenceOf(s.start());
            int from = s.start();
            int to = s.end();
            if (from - 1 >= doc.sentenceStart(sentence) && isCapsWord(doc.word(from - 1))
                    && lexicon.isFirstName(doc.word(from - 1)) && labels.at(from - 1) != NameLabel.PER) {
                from--;
            }
            if (to < doc.sentenceEnd(sentence) && labels.at(to) == null && isCapsWord(doc.word(to))
                    && personWords.contains(doc.word(to).toLowerCase(Locale.ROOT))) {
                to++;
            }
            if (from < s.start() || to > s.end()) {
                labels.set(from, to, NameLabel.PER, s.confidence());
            }
        }
    }

    private static boolean isCapsWord(String w) {
        return w.length() >= 2 && Names.isAllCaps(w) && w.chars().allMatch(Character::isLetter);
    }

    /** Capitalized words that, before "of" and a place, are part of the place's name. */
    private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village", "municipality", "borough");

    /** "City of Brampton", "Municipality of Culion": one place. */
    private static void settlementOf(TokenizedText doc, NameSpan s, TokenLabels labels) {
        int first = doc.sentenceStart(doc.sentenceOf(s.start()));
        if (s.label() != NameLabel.LOC || s.start() - 2 < first || !doc.word(s.start() - 1).equalsIgnoreCase("of")) {
            return;
        }
        String head = doc.word(s.start() - 2);
        if (Names.isCapitalized(head) && SETTLEMENTS.contains(head.toLowerCase(Locale.ROOT))
                && labels.isOutside(s.start() - 2, s.start())) {
            labels.set(s.start() - 2, s.end(), NameLabel.LOC, s.confidence());
        }
    }

    private boolean isKnownPlace(TokenizedText doc, int start, int end) {
        PlaceKind kind = lexicon.placeKind(Names.display(doc, start, end));
        return kind != null;
    }

    private void possessive(TokenizedText doc, NameSpan s, List<NameSpan> spans, TokenLabels labels) {
        if (s.label() == NameLabel.MISC || s.length() > MAX_POSSESSIVE_NAME) {
            return;
        }
        int end = doc.sentenceEnd(doc.sentenceOf(s.start()));
        int t = s.end();
        if (t >= end || !(doc.word(t).equals("'s")) || labels.at(t) != null) {
            return;
        }
        if (t + 1 < end && !AFTER_POSSESSIVE_NAME.contains(doc.word(t + 1).toLowerCase(Locale.ROOT))) {
            return;
        }
        if (s.label() == NameLabel.PER && spans.stream().anyMatch(o -> o.label() == NameLabel.PER && o != s
                && Names.key(doc, o.start(), o.end()).equals(Names.key(doc, s.start(), s.end()))
                && !(o.end() < doc.tokenCount() && doc.word(o.end()).equals("'s")))) {
            return; // a person named elsewhere without the possessive: "unlike Goldsmith's, ..."
        }
        labels.set(s.start(), t + 1, s.label() == NameLabel.PER ? NameLabel.ORG : s.label(), s.confidence());
    }

    private void cutAtAddresses(TokenizedText doc, TokenLabels labels) {
        for (int t = 0; t < doc.tokenCount(); t++) {
            if (labels.at(t) == null || !isAddress(doc.word(t))) {
                continue;
            }
            NameLabel label = labels.at(t);
            int first = doc.sentenceStart(doc.sentenceOf(t));
            int from = t;
            while (from > first && labels.at(from - 1) == label) {
                from--;
            }
            labels.clear(t, t + 1);
            if (label != NameLabel.PER && t - from >= 2 && t - from <= 3 && lexicon.isFirstName(doc.word(from))) {
                labels.set(from, t, NameLabel.PER, 1.0); // an author line: "Daniel Smith daniel@... Durham University"
            }
        }
    }

    /** True if the word is an e-mail address or a web address. */
    static boolean isAddress(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return w.indexOf('@') > 0 && w.indexOf('.', w.indexOf('@')) > 0 || l.startsWith("http://")
                || l.startsWith("https://") || l.startsWith("www.");
    }
}
