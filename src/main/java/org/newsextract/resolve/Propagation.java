package org.newsextract.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * Rule (order: package-info.java): a name the tagger found once is a name wherever it recurs in the document.
 *
 * <ul>
 *   <li>Each name tagged in the document (MISC included) gets the label it carries most often.
 *       Sentence by sentence, longest names first, every untagged occurrence of its exact words
 *       becomes a mention with that label. Not spread: one-word names that are lower case or
 *       function words; occurrences that start lower case; a one-word occurrence at the start of
 *       a sentence (capitals there say nothing); an occurrence right next to a name of the same
 *       label (it would fuse two names). A MISC name is not spread but blocks shorter matches
 *       inside it.</li>
 *   <li>An occurrence of a name of two words or more whose first word (not a title) or last
 *       word is untagged and capitalized and whose other words are exactly one tagged name
 *       becomes the whole name: a heading's "Fort [Lee]" where the text says "Fort Lee", "The
 *       [Times]" where it says "The Times", "[Perth] Glory" where it says "Perth Glory".</li>
 *   <li>Lines in capitals (headlines, datelines) are matched case-insensitively against the names
 *       found in the document's other sentences, untagged stretches only.</li>
 * </ul>
 */
final class Propagation {
    private final Lexicon lexicon;

    Propagation(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(TokenizedText doc, List<NameSpan> spans, TokenLabels labels) {
        Dictionary exact = new Dictionary();
        Dictionary capitals = new Dictionary();
        for (NameSpan s : spans) {
            List<String> words = words(doc, s.start(), s.end(), false);
            if (words.size() == 1 && (!Names.isCapitalized(words.get(0)) || lexicon.isFunctionWord(words.get(0)))) {
                continue;
            }
            exact.add(words, s);
            if (!Propagation.isAllCapsSentence(doc, doc.sentenceOf(s.start()))) {
                capitals.add(words(doc, s.start(), s.end(), true), s);
            }
        }
        if (exact.isEmpty()) {
            return;
        }
        for (int sentence = 0; sentence < doc.sentenceCount(); sentence++) {
            if (isAllCapsSentence(doc, sentence)) {
                spreadIntoCapitals(doc, sentence, capitals, labels);
            } else {
                spread(doc, sentence, exact, labels);
            }
        }
    }

    private void spread(TokenizedText doc, int sentence, Dictionary dict, TokenLabels labels) {
        int start = doc.sentenceStart(sentence);
        int end = doc.sentenceEnd(sentence);
        int i = start;
        while (i < end) {
            int advance = 1;
            for (int len = Math.min(dict.longest, end - i); len >= 1; len--) {
                Dictionary.Entry e = dict.get(words(doc, i, i + len, false));
                if (e == null) {
                    continue;
                }
                NameLabel label = e.label();
                if (labels.all(i, i + len, label)) {
                    break;
                }
                if (label != NameLabel.MISC && len > 1 && (missesFirstWord(doc, labels, i, i + len, end)
                        || missesLastWord(doc, labels, i, i + len, start))) {
                    labels.set(i, i + len, label, e.confidence()); // "Fort [Lee]", "[Perth] Glory"
                    advance = len;
                    break;
                }
                if (!labels.isOutside(i, i + len) || !Names.isCapitalized(doc.word(i))) {
                    continue;
                }
                if (label == NameLabel.MISC) {
                    advance = len;
                    break;
                }
                if (len == 1 && i == start || labels.touches(i, i + len, label)) {
                    continue;
                }
                labels.set(i, i + len, label, e.confidence());
                advance = len;
                break;
            }
            i += advance;
        }
    }

    private void spreadIntoCapitals(TokenizedText doc, int sentence, Dictionary dict, TokenLabels labels) {
        int end = doc.sentenceEnd(sentence);
        int i = doc.sentenceStart(sentence);
        while (i < end) {
            int advance = 1;
            for (int len = Math.min(dict.longest, end - i); len >= 1; len--) {
                Dictionary.Entry e = dict.get(words(doc, i, i + len, true));
                if (e == null || e.label() == NameLabel.MISC || !labels.isOutside(i, i + len)
                        || labels.touches(i, i + len, e.label())
                        || len == 1 && lexicon.isFunctionWord(doc.word(i))) {
                    continue;
                }
                labels.set(i, i + len, e.label(), e.confidence());
                advance = len;
                break;
            }
            i += advance;
        }
    }

    /**
     * True if {@code [from, to)} is one tagged name but for its first word, untagged, capitalized
     * and no title ("Fort [Lee]").
     */
    private boolean missesFirstWord(TokenizedText doc, TokenLabels labels, int from, int to, int sentenceEnd) {
        NameLabel l = labels.at(from + 1);
        return labels.at(from) == null && Names.isCapitalized(doc.word(from)) && !lexicon.isTitle(doc.word(from))
                && l != null && labels.all(from + 1, to, l) && (to == sentenceEnd || labels.at(to) != l);
    }

    /** True if {@code [from, to)} is one tagged name but for its last word, untagged and capitalized ("[Perth] Glory"). */
    private static boolean missesLastWord(TokenizedText doc, TokenLabels labels, int from, int to, int sentenceStart) {
        NameLabel l = labels.at(from);
        return labels.at(to - 1) == null && Names.isCapitalized(doc.word(to - 1))
                && l != null && labels.all(from, to - 1, l) && (from == sentenceStart || labels.at(from - 1) != l);
    }

    /** True if the sentence's words with letters are all in capitals and it has at least four letters. */
    static boolean isAllCapsSentence(TokenizedText doc, int sentence) {
        int letters = 0;
        for (int t = doc.sentenceStart(sentence); t < doc.sentenceEnd(sentence); t++) {
            String w = doc.word(t);
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return letters >= 4;
    }

    private static List<String> words(TokenizedText doc, int start, int end, boolean upper) {
        List<String> out = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            out.add(upper ? doc.word(i).toUpperCase(Locale.ROOT) : doc.word(i));
        }
        return out;
    }

    /** Names (as word lists) with their majority label and mean confidence. */
    private static final class Dictionary {
        record Entry(NameLabel label, double confidence) {
        }

        private final Map<List<String>, Map<NameLabel, double[]>> votes = new HashMap<>();
        private final Map<List<String>, Entry> entries = new HashMap<>();
        int longest;

        void add(List<String> words, NameSpan s) {
            double[] v = votes.computeIfAbsent(words, k -> new EnumMap<>(NameLabel.class))
                    .computeIfAbsent(s.label(), k -> new double[2]);
            v[0]++;
            v[1] += s.confidence();
            entries.remove(words);
            longest = Math.max(longest, words.size());
        }

        boolean isEmpty() {
            return votes.isEmpty();
        }

        Entry get(List<String> words) {
            Map<NameLabel, double[]> v = votes.get(words);
            if (v == null) {
                return null;
            }
            return entries.computeIfAbsent(words, k -> {
                NameLabel best = null;
                double[] bestV = null;
                for (Map.Entry<NameLabel, double[]> e : v.entrySet()) {
                    if (bestV == null || e.getValue()[0] > bestV[0]) {
                        best = e.getKey();
                        bestV = e.getValue();
                    }
                }
                return new Entry(best, bestV[1] / bestV[0]);
            });
        }
    }
}
