package org.newsextract.resolve;

import java.util.Locale;
import java.util.Set;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule: the subject of a degree is a field of study, not an organization.
 *
 * <p>Biographies and staff pages write fields in capitals ("a Ph.D. in Linguistics", "a major in
 * Intelligence Research &amp; Analysis", "the Masters of Digital Media program"), and the taggers
 * read them as organizations. A name right after "in" or "of" that follows a word for a degree
 * or a major ({@link #DEGREE_WORDS}, possessive allowed: "master's in") is a field (MISC) in that
 * mention, unless its last word is an organization's head ("a diploma of Kings College": the
 * college awarded it). A field named after "from" or "at" is not seen: there news names the
 * school.
 */
final class FieldsOfStudy {
    /** Words for a degree or a course of study after which "in" or "of" names a field. */
    static final Set<String> DEGREE_WORDS = Set.of("degree", "degrees", "major", "majored", "majoring", "minor",
            "ph.d.", "ph.d", "phd", "doctorate", "master", "masters", "bachelor", "bachelors", "diploma",
            "b.a.", "m.a.", "b.sc.", "m.sc.", "bsc", "msc", "mba");

    private final Lexicon lexicon;

    FieldsOfStudy(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        for (NameSpan n : labels.spans()) {
            if (n.label() == NameLabel.MISC || !afterDegree(doc, n.start())
                    || lexicon.nameHead(doc.word(n.end() - 1), false) == Lexicon.NameHead.ORG) {
                continue;
            }
            labels.relabel(n.start(), n.end(), NameLabel.MISC);
        }
    }

    private static boolean afterDegree(TokenizedText doc, int start) {
        int first = doc.sentenceStart(doc.sentenceOf(start));
        int t = start - 1;
        if (t <= first) {
            return false;
        }
        String prep = doc.word(t).toLowerCase(Locale.ROOT);
        if (!prep.equals("in") && !prep.equals("of")) {
            return false;
        }
        t--;
        String w = doc.word(t).toLowerCase(Locale.ROOT);
        if ((w.equals("'s") || w.equals("\u2019s") || w.equals("'")) && t > first) {
            w = doc.word(t - 1).toLowerCase(Locale.ROOT);
        } else if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            w = w.substring(0, w.length() - 2);
        }
        return DEGREE_WORDS.contains(w);
    }
}
