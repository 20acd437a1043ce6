package org.newsextract.resolve;

import org.newsextract.nlp.NameLabel;
import org.newsextract.text.TokenizedText;

/**
 * Rule: a nickname in quotation marks inside a person's name does not cut the name in two.
 *
 * <p>Sports and music news write players' handles inside their names: Robin “ropz” Kool, Asger
 * “Farlig” Jensen, Roberto "Hands of Stone" Duran. Taggers see two people, "Robin" and "Kool", or
 * only one of them ("Pavle" untagged, "Maden" and "Boskovic" people). A capitalized name, up to
 * {@link #MAX_NICKNAME_WORDS} words in quotation marks, and a capitalized name right after them
 * are one mention of one person, quotation marks included, as CoNLL++ annotates them, when the
 * tagger called at least one of the three parts a person and neither outer part something else.
 */
final class Nicknames {
    /** The most words of a nickname between its quotation marks. */
    static final int MAX_NICKNAME_WORDS = 3;

    void apply(TokenizedText doc, TokenLabels labels) {
        for (int t = 1; t < doc.tokenCount(); t++) {
            if (!isQuote(doc.word(t))) {
                continue;
            }
            int sentence = doc.sentenceOf(t);
            int first = doc.sentenceStart(sentence);
            int end = doc.sentenceEnd(sentence);
            if (t - 1 < first || !Names.isCapitalized(doc.word(t - 1))) {
                continue;
            }
            int close = t + 1;
            while (close < end && close - t - 1 < MAX_NICKNAME_WORDS && !isQuote(doc.word(close))) {
                close++;
            }
            if (close == t + 1 || close >= end || !isQuote(doc.word(close)) || close + 1 >= end
                    || !Names.isCapitalized(doc.word(close + 1))) {
                continue;
            }
            NameLabel left = labels.at(t - 1);
            NameLabel right = labels.at(close + 1);
            boolean person = left == NameLabel.PER || right == NameLabel.PER || labels.all(t + 1, close, NameLabel.PER);
            if (!person || left != null && left != NameLabel.PER || right != null && right != NameLabel.PER) {
                continue;
            }
            int from = t - 1;
            while (left == NameLabel.PER && from - 1 >= first && labels.at(from - 1) == NameLabel.PER) {
                from--;
            }
            int to = close + 2;
            while (right == NameLabel.PER && to < end && labels.at(to) == NameLabel.PER) {
                to++;
            }
            labels.set(from, to, NameLabel.PER, 1.0);
            t = to;
        }
    }

    private static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("''") || w.equals("``");
    }
}
