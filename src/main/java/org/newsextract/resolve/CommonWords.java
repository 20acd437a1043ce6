package org.newsextract.resolve;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule: a one-word "name" that is capitalized only where every word is, and that is a common word
 * (of this text or of the dictionary), is no name.
 *
 * <p>Section headings ("Career", "Introduction", "Understand") and sentence-initial words
 * ("According to ...", "Born in Tianjin", "Cognitive games involve ...") carry a capital for their
 * position, not because they are names; taggers trained on news often take them for entities.
 * A name of one title-case word ({@link #MIN_LETTERS} letters or more) whose every capitalized
 * occurrence stands first in its sentence or its line loses its label when
 * <ul>
 *   <li>the document also writes the word in lower case in the middle of a sentence ("an acting
 *       career", "cognitive load"): a common word of this text; or</li>
 *   <li>an English dictionary has the word only in lower case ({@link Lexicon#isLowerCaseWord},
 *       {@code models/lower-case-words.txt}: "according", "milepost", "biography"), the tagger was
 *       not sure of it (confidence below {@link #MAX_DICTIONARY_CONFIDENCE}) and no number follows
 *       it (in a results table "Bury 2 Stoke 1" the words are teams,
 *       {@link Names#beforeNumber}).</li>
 * </ul>
 * A name capitalized anywhere else ("met Hope at noon") keeps its label, and acronyms ("US" beside
 * "us") are never touched: the rule looks only at words with one capital followed by lower case.
 */
final class CommonWords {
    /** The fewest letters of a word the rule considers: shorter ones are too often abbreviations. */
    static final int MIN_LETTERS = 3;
    /**
     * Names the tagger is at least this sure of keep their label even when the dictionary has the
     * word in lower case only: towns and clubs the dictionary does not know as names ("Hove",
     * "Surrey", "Harlequins" are tagged above 0.9), people with a common surname ("Rouse").
     */
    static final double MAX_DICTIONARY_CONFIDENCE = 0.85;

    private final Lexicon lexicon;

    CommonWords(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        Set<String> lower = new HashSet<>();
        Set<String> capitalizedInside = new HashSet<>();
        for (int t = 0; t < doc.tokenCount(); t++) {
            String w = doc.word(t);
            if (isTitleCase(w)) {
                if (!atStart(doc, t)) {
                    capitalizedInside.add(w);
                }
            } else if (!atStart(doc, t) && isLowerWord(w)) {
                lower.add(w);
            }
        }
        for (NameSpan n : labels.spans()) {
            if (n.length() != 1 || n.label() == NameLabel.MISC) {
                continue;
            }
            String w = doc.word(n.start());
            if (isTitleCase(w) && !capitalizedInside.contains(w)
                    && (lower.contains(w.toLowerCase(Locale.ROOT)) || dictionaryWord(doc, n, w))) {
                labels.clear(n.start(), n.end());
            }
        }
    }

    /** The second reason: a dictionary's common word, tagged without conviction, outside a table. */
    private boolean dictionaryWord(TokenizedText doc, NameSpan n, String w) {
        return n.confidence() < MAX_DICTIONARY_CONFIDENCE && lexicon.isLowerCaseWord(w) && !Names.beforeNumber(doc, n);
    }

    /** True if the token is the first of its sentence or of its line (only spaces before it on the line). */
    static boolean atStart(TokenizedText doc, int token) {
        if (doc.sentenceStart(doc.sentenceOf(token)) == token) {
            return true;
        }
        String text = doc.text();
        for (int i = doc.start(token) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** True for a word of {@link #MIN_LETTERS} letters or more, the first upper case and the rest lower case. */
    static boolean isTitleCase(String w) {
        if (w.length() < MIN_LETTERS || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerWord(String w) {
        if (w.length() < MIN_LETTERS) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
