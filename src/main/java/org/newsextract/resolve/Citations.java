package org.newsextract.resolve;

import java.util.Set;
import java.util.regex.Pattern;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.PlaceKind;
import org.newsextract.text.TokenizedText;

/**
 * Rule: the authors of a citation are people.
 *
 * <p>Scholarly writing, and reports and news that quote studies, cite works by their authors'
 * surnames and a year: "(Dye &amp; Bavelier, 2010; Feng, Spence, &amp; Pratt, 2007)", "(Brieber
 * 2014)", "Binderman et al.". Taggers miss such bare surnames or read "Marsden &amp; Mackey" as a
 * firm. In parentheses, each part between semicolons that is a list of capitalized names (joined
 * by commas, "&amp;" or "and", optionally ending in "et al.") followed by a year makes each
 * name a person; so does a capitalized name right before "et al." anywhere. Left alone: a part with
 * an all-capitals word (an agency: "(WHO, 2020)"), a month ("(June 1944)"), a country, state or region, or a
 * company word ("Inc."), a name of more than {@link #MAX_AUTHOR_WORDS} words, and one name of
 * two words alone before the year ("(Black Pepper, 1999)" is rather a film or a record).
 */
final class Citations {
    /** The most words of one author's surname ("Martínez Fernández", "Filippini Fantoni"). */
    static final int MAX_AUTHOR_WORDS = 2;
    /** The most tokens inside one pair of parentheses that are read as citations. */
    static final int MAX_PARENTHESIS = 80;

    private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d\\d[a-z]?");
    private static final Set<String> JOINERS = Set.of(",", "&", "and");

    private final Lexicon lexicon;

    Citations(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int from = doc.sentenceStart(s);
            int end = doc.sentenceEnd(s);
            for (int t = from; t < end; t++) {
                if (doc.word(t).equals("et") && t + 1 < end && doc.word(t + 1).startsWith("al")) {
                    int start = t;
                    while (start - 1 >= from && t - (start - 1) <= MAX_AUTHOR_WORDS && isSurname(doc.word(start - 1))) {
                        start--;
                    }
                    if (start < t && couldBeSurname(doc, start, t)) {
                        labels.set(start, t, NameLabel.PER, 1.0);
                    }
                }
                if (!doc.word(t).equals("(")) {
                    continue;
                }
                int close = t + 1;
                while (close < end && close - t <= MAX_PARENTHESIS && !doc.word(close).equals(")")) {
                    close++;
                }
                if (close >= end || !doc.word(close).equals(")")) {
                    continue;
                }
                int part = t + 1;
                for (int k = t + 1; k <= close; k++) {
                    if (k == close || doc.word(k).equals(";")) {
                        citation(doc, part, k, labels);
                        part = k + 1;
                    }
                }
                t = close;
            }
        }
    }

    /** Marks the authors of one citation, tokens [from, to), if it is one: names, then a year. */
    private void citation(TokenizedText doc, int from, int to, TokenLabels labels) {
        int year = to - 1;
        if (year <= from || !YEAR.matcher(doc.word(year)).matches()) {
            return;
        }
        int stop = year;
        if (doc.word(stop - 1).equals(",")) {
            stop--;
        }
        boolean etAl = stop - 2 >= from && doc.word(stop - 2).equals("et") && doc.word(stop - 1).startsWith("al");
        if (etAl) {
            stop -= 2;
        }
        int first = from;
        while (first < stop && !Names.isCapitalized(doc.word(first))) {
            first++; // "see", "e.g.", "for example"
        }
        if (first >= stop) {
            return;
        }
        // check the whole list first: names joined by commas, "&" and "and"
        int t = first;
        int authors = 0;
        while (t < stop) {
            int start = t;
            while (t < stop && t - start < MAX_AUTHOR_WORDS + 1 && isSurname(doc.word(t))) {
                t++;
            }
            if (t == start || t - start > MAX_AUTHOR_WORDS || !couldBeSurname(doc, start, t)) {
                return;
            }
            authors++;
            if (authors == 1 && t - start > 1 && t >= stop && !etAl) {
                return; // "(Black Pepper, 1999)": one name of two words and a year is rather a work
            }
            while (t < stop && JOINERS.contains(doc.word(t))) {
                t++;
            }
        }
        if (authors == 0) {
            return;
        }
        t = first;
        while (t < stop) {
            int start = t;
            while (t < stop && isSurname(doc.word(t))) {
                t++;
            }
            labels.set(start, t, NameLabel.PER, 1.0);
            while (t < stop && JOINERS.contains(doc.word(t))) {
                t++;
            }
        }
    }

    /** No month ("June 1944"), country or state ("Australia, 2000") or company word ("Inc."). */
    private boolean couldBeSurname(TokenizedText doc, int start, int end) {
        for (int t = start; t < end; t++) {
            if (lexicon.isCalendarWord(doc.word(t)) || lexicon.nameHead(doc.word(t), false) == Lexicon.NameHead.ORG) {
                return false;
            }
        }
        PlaceKind kind = lexicon.placeKind(Names.display(doc, start, end));
        return kind == null || kind == PlaceKind.CITY; // many surnames are towns: "Lund", "Preston"
    }

    /** A capitalized word that is not all capitals and has a letter ("Bavelier", "Morgan-Short"). */
    private static boolean isSurname(String w) {
        return Names.isCapitalized(w) && !(w.length() > 1 && Names.isAllCaps(w)) && Character.isLetter(w.codePointAt(0));
    }
}
