package org.newsextract.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/** Small helpers over names as token ranges, shared by the rules. */
final class Names {
    private Names() {
    }

    /**
     * The case-insensitive key of a name: its words, lower case, joined by spaces, with
     * typographic apostrophes made plain ({@link #fold}).
     */
    static String key(TokenizedText doc, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                b.append(' ');
            }
            b.append(fold(doc.word(i)));
        }
        return b.toString();
    }

    /**
     * A word in lower case with its typographic apostrophes ("’", "‘", "ʼ") made plain ("'"): an
     * article whose quotations come from several sources spells one name both ways ("Vava’u",
     * "Vava'u"; "O’Brien", "O'Brien").
     */
    static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }

    /** The name's words joined as in the text (single spaces between tokens that had space). */
    static String display(TokenizedText doc, int start, int end) {
        return doc.span(start, end).replaceAll("\\s+", " ");
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)?");

    /**
     * True if a number follows the name in its sentence, perhaps after a bracketed country: a
     * results table or a standings line ("Lotte 46 6 54", "Alba ( Germany ) 75"), where names are
     * teams.
     */
    static boolean beforeNumber(TokenizedText doc, NameSpan s) {
        int end = doc.sentenceEnd(doc.sentenceOf(s.start()));
        int t = s.end();
        if (t < end && doc.word(t).equals("(")) {
            while (t < end && !doc.word(t).equals(")")) {
                t++;
            }
            t++;
        }
        return t < end && NUMBER.matcher(doc.word(t)).matches();
    }

    /** True if the word has a letter or a digit. */
    static boolean hasLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True if the word starts with an upper-case letter. */
    static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** True if every word of {@code [start, end)} is in capitals ({@link #isAllCaps(String)}): a headline's name. */
    static boolean isAllCaps(TokenizedText doc, int start, int end) {
        for (int t = start; t < end; t++) {
            if (!isAllCaps(doc.word(t))) {
                return false;
            }
        }
        return true;
    }

    /** True if every letter of the word is upper case and it has at least one. */
    static boolean isAllCaps(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /**
     * The core words of a person's name, lower case, without particles: "Bashar al-Assad" →
     * [bashar, assad]; "Abu Mohammed al-Jawlani" → [mohammed, jawlani].
     */
    static List<String> personCore(TokenizedText doc, int start, int end, Lexicon lexicon) {
        List<String> core = new ArrayList<>();
        for (int i = start; i < end; i++) {
            String w = fold(doc.word(i));
            if (!hasLetterOrDigit(w) || lexicon.isParticle(w)) {
                continue;
            }
            int dash = w.indexOf('-');
            if (dash > 0 && lexicon.isParticle(w.substring(0, dash + 1))) {
                w = w.substring(dash + 1);
            }
            if (w.endsWith(".") && w.length() == 2) {
                continue; // a middle initial
            }
            if (!w.isEmpty()) {
                core.add(w);
            }
        }
        return core;
    }
}
