package org.newsextract.resolve;

import java.util.ArrayList;
import java.util.List;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule (order: package-info.java): what is not an entity mention, or not part of one.
 * <ul>
 *   <li>MISC names (events, works, nationalities the tagger recognised) are dropped: they have
 *       served the earlier rules and are no person, place or organization;</li>
 *   <li>for people, leading titles and roles are trimmed, longest match first and repeatedly
 *       ("President Bashar al-Assad" keeps "Bashar al-Assad"; see {@code models/titles.txt});</li>
 *   <li>pronouns ("he", "their"), nationalities and demonyms ("Syrian", "Palestinians") and
 *       names without a letter are dropped; a pronoun's letters in capitals in a mixed-case
 *       sentence ("returned to the US") are a name ({@link #isCapitalsInMixedCase}).</li>
 * </ul>
 */
final class NameCleaner {
    private static final int LONGEST_TITLE = 3;

    private final Lexicon lexicon;

    NameCleaner(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<NameSpan> clean(TokenizedText doc, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan span : spans) {
            if (span.label() == NameLabel.MISC) {
                continue;
            }
            int start = span.label() == NameLabel.PER ? afterTitles(doc, span.start(), span.end()) : span.start();
            if (isNotAName(doc, start, span.end())) {
                continue;
            }
            out.add(new NameSpan(start, span.end(), span.label(), span.confidence()));
        }
        return out;
    }

    /** Returns the first token after any leading titles, leaving at least one token. */
    int afterTitles(TokenizedText doc, int start, int end) {
        boolean stripped = true;
        while (stripped && end - start > 1) {
            stripped = false;
            for (int n = Math.min(LONGEST_TITLE, end - start - 1); n >= 1; n--) {
                if (lexicon.isTitle(Names.display(doc, start, start + n))) {
                    start += n;
                    stripped = true;
                    break;
                }
            }
        }
        return start;
    }

    /**
     * True if a word of two letters or more is written in capitals in a sentence that is not: "the
     * US navy", "returned to the US" name the country, though "us" is a pronoun. In a headline in
     * capitals ("WE WILL WIN") the word is read as the pronoun it spells.
     */
    static boolean isCapitalsInMixedCase(TokenizedText doc, int token) {
        String w = doc.word(token);
        if (w.length() < MIN_CAPITALS_LETTERS || !w.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        int sentence = doc.sentenceOf(token);
        for (int t = doc.sentenceStart(sentence); t < doc.sentenceEnd(sentence); t++) {
            if (t != token && doc.word(t).chars().anyMatch(Character::isLowerCase)) {
                return true;
            }
        }
        return false;
    }

    /** The fewest letters of a word in capitals that may be a name rather than a pronoun ("US", not "I"). */
    static final int MIN_CAPITALS_LETTERS = 2;

    boolean isNotAName(TokenizedText doc, int start, int end) {
        String text = Names.display(doc, start, end);
        if (end - start == 1 && lexicon.isPronoun(text) && !isCapitalsInMixedCase(doc, start)) {
            return true;
        }
        if (lexicon.isNationality(text)) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (doc.word(i).codePoints().anyMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }
}
