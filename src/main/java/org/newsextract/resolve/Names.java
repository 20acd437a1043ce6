package org.newsextract.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsextract.text.TokenizedText;

/** Small helpers over names as token ranges, shared by the rules. */
final class Names {
    private Names() {
    }

    /** The case-insensitive key of a name: its words, lower case, joined by spaces. */
    static String key(TokenizedText doc, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                b.append(' ');
            }
            b.append(doc.word(i).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /** The name's words joined as in the text (single spaces between tokens that had space). */
    static String display(TokenizedText doc, int start, int end) {
        return doc.span(start, end).replaceAll("\\s+", " ");
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
            String w = doc.word(i).toLowerCase(Locale.ROOT);
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
