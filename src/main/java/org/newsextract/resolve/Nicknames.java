package org.newsextract.resolve;

import org.newsextract.nlp.NameLabel;
import org.newsextract.text.TokenizedText;

/**
 * Rule: a nickname in quotation marks inside a person's name does not cut the name in two.
 *
 * <p>Sports and music news write players' handles inside their names: Robin “ropz” Kool, Asger
 * “Farlig” Jensen. Taggers see two people, "Robin" and "Kool". A person's name, one word of up
 * to {@link #MAX_NICKNAME_WORDS} words in quotation marks, and a person's name right after it
 * are one mention of one person, quotation marks included, as CoNLL++ annotates them.
 */
final class Nicknames {
    /** The most words of a nickname between its quotation marks. */
    static final int MAX_NICKNAME_WORDS = 2;

    void apply(TokenizedText doc, TokenLabels labels) {
        for (int t = 1; t < doc.tokenCount(); t++) {
            if (!isQuote(doc.word(t)) || labels.at(t - 1) != NameLabel.PER) {
                continue;
            }
            int sentence = doc.sentenceOf(t);
            int end = doc.sentenceEnd(sentence);
            int close = t + 1;
            while (close < end && close - t - 1 < MAX_NICKNAME_WORDS && !isQuote(doc.word(close))) {
                close++;
            }
            if (close == t + 1 || close >= end || !isQuote(doc.word(close)) || close + 1 >= end
                    || labels.at(close + 1) != NameLabel.PER) {
                continue;
            }
            int from = t - 1;
            while (from - 1 >= doc.sentenceStart(sentence) && labels.at(from - 1) == NameLabel.PER) {
                from--;
            }
            int to = close + 1;
            while (to < end && labels.at(to) == NameLabel.PER) {
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
