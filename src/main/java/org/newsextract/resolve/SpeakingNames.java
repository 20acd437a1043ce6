package org.newsextract.resolve;

import java.util.Locale;
import java.util.Set;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule: a "MISC" name that a person's title introduces or that speaks is a person: "U.N.
 * Secretary-General Ban Ki-moon said".
 *
 * <p>The CoNLL model calls some foreign names MISC, as it does nationalities and events ("Ban
 * Ki-moon" gets MISC from it with high confidence; the 3-class model's person loses the vote), and
 * MISC is not output, so the person is missing. Events, works and peoples neither have a title nor
 * say anything: a name labelled MISC of {@link #MIN_WORDS} to {@link #MAX_WORDS} capitalized words
 * in mixed case, none of them a nationality or a function word and the last not a plural ("Social
 * Democrats said", "Chechens said" are groups), becomes a person when a person's title stands
 * right before it ({@link Lexicon#isTitle}; not "former", "late", "acting" and the like, which come
 * before nationalities: "former Soviet") or a speech verb right after it ({@link #SPEECH_VERBS}). In
 * CoNLL-2003 train a gold MISC name stands before "said" or "says" 6 times, all groups.
 */
final class SpeakingNames {
    /** The fewest words: one-word MISC names are mostly nationalities and events ("Christmas"). */
    static final int MIN_WORDS = 2;
    /** The most words of a person's name taken. */
    static final int MAX_WORDS = 4;
    /** Verbs of speech that, right after a name, make it a speaker. */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "wrote");
    /** Words of the title list that also stand before nationalities and events ("former Soviet"). */
    private static final Set<String> ADJECTIVE_TITLES = Set.of("former", "late", "then", "deputy", "acting", "interim",
            "vice", "supreme", "chief", "prime", "major", "general");

    private final Lexicon lexicon;

    SpeakingNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        for (NameSpan s : labels.spans()) {
            if (s.label() == NameLabel.MISC && s.length() >= MIN_WORDS && s.length() <= MAX_WORDS
                    && looksLikeName(doc, s) && (afterTitle(doc, s) || beforeSpeech(doc, s))) {
                labels.relabel(s.start(), s.end(), NameLabel.PER);
            }
        }
    }

    private boolean looksLikeName(TokenizedText doc, NameSpan s) {
        boolean mixed = false;
        for (int t = s.start(); t < s.end(); t++) {
            String w = doc.word(t);
            if (!Names.isCapitalized(w) || lexicon.isFunctionWord(w) || lexicon.isNationality(w)) {
                return false;
            }
            mixed |= !Names.isAllCaps(w);
        }
        String last = doc.word(s.end() - 1);
        return mixed && !last.endsWith("s");
    }

    private boolean afterTitle(TokenizedText doc, NameSpan s) {
        int before = s.start() - 1;
        if (before < doc.sentenceStart(doc.sentenceOf(s.start()))) {
            return false;
        }
        String w = doc.word(before);
        return !ADJECTIVE_TITLES.contains(w.toLowerCase(Locale.ROOT)) && lexicon.isTitle(w);
    }

    private static boolean beforeSpeech(TokenizedText doc, NameSpan s) {
        return s.end() < doc.sentenceEnd(doc.sentenceOf(s.start()))
                && SPEECH_VERBS.contains(doc.word(s.end()).toLowerCase(Locale.ROOT));
    }
}
