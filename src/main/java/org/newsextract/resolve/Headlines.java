package org.newsextract.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule: in a headline written in title case, only names the article itself uses are names.
 *
 * <p>Headlines and section headings capitalize every word ("Veto Power Impedes Peace Efforts",
 * "Urgent Global Challenges"), and a tagger takes capitalized words for names. A sentence is a
 * title-case headline when it has at least {@link #MIN_WORDS} words with letters and every such
 * word that is no function word starts with a capital, with at least one lower-case letter
 * somewhere (a headline in capitals is left to the tagger: CoreNLP's CoNLL model was trained on
 * them). A name found in such a headline is dropped when at least half its words are ordinary
 * words of the article (they occur in lower case elsewhere: "global challenges") and none is part of a
 * name found in the article's other sentences ("Trump Vows ..." above "Donald Trump said ..."
 * keeps Trump; the headline's other words glued to it go: "Trump Was 'Mocking" is Trump). Lists and results lines, all names ("Manchester United 2 Arsenal 1"), keep theirs.
 */
final class Headlines {
    /** The fewest words with letters a headline has. */
    static final int MIN_WORDS = 3;
    /** The share of a headline name's words that must be ordinary words of the article for it to go. */
    static final double ORDINARY_SHARE = 0.5;

    /** The parts of contractions the tokenizer splits off ("Won't" is "Wo" + "n't"). */
    private static final Set<String> CLITICS = Set.of("n't", "'s", "'re", "'ll", "'ve", "'d", "'m");

    private final Lexicon lexicon;

    Headlines(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, TokenLabels labels) {
        boolean[] headline = new boolean[doc.sentenceCount()];
        boolean any = false;
        for (int s = 0; s < doc.sentenceCount(); s++) {
            headline[s] = isTitleCase(doc, s);
            any |= headline[s];
        }
        if (!any) {
            return;
        }
        List<NameSpan> spans = labels.spans();
        Set<String> lowerCase = new HashSet<>();
        for (int t = 0; t < doc.tokenCount(); t++) {
            String w = doc.word(t);
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                lowerCase.add(w);
            }
        }
        Set<String> bodyWords = new HashSet<>();
        for (NameSpan n : spans) {
            if (!headline[doc.sentenceOf(n.start())]) {
                for (int t = n.start(); t < n.end(); t++) {
                    bodyWords.add(doc.word(t).toLowerCase(Locale.ROOT));
                }
            }
        }
        for (NameSpan n : spans) {
            if (!headline[doc.sentenceOf(n.start())]) {
                continue;
            }
            boolean used = false;
            int content = 0;
            int ordinary = 0;
            for (int t = n.start(); t < n.end(); t++) {
                String w = doc.word(t);
                used |= bodyWords.contains(w.toLowerCase(Locale.ROOT));
                if (!lexicon.isFunctionWord(w)) {
                    content++;
                    if (lowerCase.contains(w.toLowerCase(Locale.ROOT))) {
                        ordinary++;
                    }
                }
            }
            if (!used && content > 0 && ordinary >= ORDINARY_SHARE * content) {
                labels.clear(n.start(), n.end());
            } else if (used) {
                trim(doc, n, bodyWords, lowerCase, labels);
            }
        }
    }

    /**
     * Keeps of a headline name the article's name words and the words that are no ordinary words
     * of the article, and a function word between two kept words ("Queen of South"); clears the
     * rest ("Trump Was 'Mocking" keeps Trump).
     */
    private void trim(TokenizedText doc, NameSpan n, Set<String> bodyWords, Set<String> lowerCase, TokenLabels labels) {
        int len = n.length();
        boolean[] keep = new boolean[len];
        for (int i = 0; i < len; i++) {
            String w = doc.word(n.start() + i);
            boolean letters = !w.isEmpty() && Character.isLetter(w.charAt(0));
            keep[i] = bodyWords.contains(w.toLowerCase(Locale.ROOT))
                    || letters && !lexicon.isFunctionWord(w) && !lowerCase.contains(w.toLowerCase(Locale.ROOT));
        }
        for (int i = 1; i + 1 < len; i++) {
            if (!keep[i] && lexicon.isFunctionWord(doc.word(n.start() + i)) && keep[i - 1] && keep[i + 1]) {
                keep[i] = true;
            }
        }
        for (int i = 0; i < len; i++) {
            if (!keep[i]) {
                labels.clear(n.start() + i, n.start() + i + 1);
            }
        }
    }

    private boolean isTitleCase(TokenizedText doc, int s) {
        int words = 0;
        boolean lower = false;
        for (int t = doc.sentenceStart(s); t < doc.sentenceEnd(s); t++) {
            String w = doc.word(t);
            if (!Character.isLetter(w.isEmpty() ? ' ' : w.charAt(0)) || CLITICS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            words++;
            if (!Character.isUpperCase(w.charAt(0)) && !lexicon.isFunctionWord(w)) {
                return false;
            }
            for (int i = 1; i < w.length() && !lower; i++) {
                lower = Character.isLowerCase(w.charAt(i));
            }
        }
        return words >= MIN_WORDS && lower;
    }
}
