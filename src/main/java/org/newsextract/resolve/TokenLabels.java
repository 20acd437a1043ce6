package org.newsextract.resolve;

import java.util.ArrayList;
import java.util.List;

import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.text.TokenizedText;

/**
 * The resolver's working state: a label per token (null for none), which tokens begin a new name
 * even when their neighbour has the same label, and a confidence per token. Names are maximal
 * runs of one label that do not cross a sentence end or a begin mark.
 */
final class TokenLabels {
    final TokenizedText doc;
    private final NameLabel[] label;
    private final boolean[] begins;
    private final double[] confidence;

    private TokenLabels(TokenizedText doc) {
        this.doc = doc;
        this.label = new NameLabel[doc.tokenCount()];
        this.begins = new boolean[doc.tokenCount()];
        this.confidence = new double[doc.tokenCount()];
    }

    /** Receives a run of tokens: {@code [start, end)} in a sentence that ends at {@code sentenceEnd}. */
    interface RunConsumer {
        void accept(int start, int end, int sentenceEnd);
    }

    /**
     * Calls {@code run} with every maximal run of untagged capitalized tokens, sentence by
     * sentence: the names a tagger missed, for the rules that add them ({@link StreetNames},
     * {@link DefinedNames}).
     */
    void forEachUntaggedCapitalizedRun(RunConsumer run) {
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int end = doc.sentenceEnd(s);
            int t = doc.sentenceStart(s);
            while (t < end) {
                if (at(t) != null || !Names.isCapitalized(doc.word(t))) {
                    t++;
                    continue;
                }
                int start = t;
                while (t < end && at(t) == null && Names.isCapitalized(doc.word(t))) {
                    t++;
                }
                run.accept(start, t, end);
            }
        }
    }

    static TokenLabels of(TokenizedText doc, List<NameSpan> spans) {
        TokenLabels l = new TokenLabels(doc);
        for (NameSpan s : spans) {
            l.set(s.start(), s.end(), s.label(), s.confidence());
        }
        return l;
    }

    int size() {
        return label.length;
    }

    NameLabel at(int token) {
        return label[token];
    }

    boolean isOutside(int from, int to) {
        for (int t = from; t < to; t++) {
            if (label[t] != null) {
                return false;
            }
        }
        return true;
    }

    /** True if every token of the range has this label. */
    boolean all(int from, int to, NameLabel l) {
        for (int t = from; t < to; t++) {
            if (label[t] != l) {
                return false;
            }
        }
        return true;
    }

    /** True if the token just before or just after the range (in its sentence) has this label. */
    boolean touches(int from, int to, NameLabel l) {
        int sentence = doc.sentenceOf(from);
        return (from > doc.sentenceStart(sentence) && label[from - 1] == l)
                || (to < doc.sentenceEnd(sentence) && label[to] == l);
    }

    /** Makes the range one name with this label. */
    void set(int from, int to, NameLabel l, double c) {
        for (int t = from; t < to; t++) {
            label[t] = l;
            begins[t] = t == from;
            confidence[t] = c;
        }
        if (to < label.length && label[to] == l) {
            begins[to] = true;
        }
    }

    /** Labels one token, joining a same-labelled neighbour rather than starting a name. */
    void join(int token, NameLabel l, double c) {
        label[token] = l;
        begins[token] = false;
        confidence[token] = c;
    }

    void relabel(int from, int to, NameLabel l) {
        for (int t = from; t < to; t++) {
            label[t] = l;
        }
        begins[from] = true;
        if (to < label.length && label[to] == l) {
            begins[to] = true;
        }
    }

    void clear(int from, int to) {
        for (int t = from; t < to; t++) {
            label[t] = null;
            begins[t] = false;
        }
        if (to < label.length && label[to] != null) {
            begins[to] = true;
        }
    }

    /** Returns the names as spans in text order; a span's confidence is its lowest token's. */
    List<NameSpan> spans() {
        List<NameSpan> out = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            int end = doc.sentenceEnd(s);
            int t = doc.sentenceStart(s);
            while (t < end) {
                if (label[t] == null) {
                    t++;
                    continue;
                }
                int start = t;
                double c = confidence[t];
                t++;
                while (t < end && label[t] == label[start] && !begins[t]) {
                    c = Math.min(c, confidence[t]);
                    t++;
                }
                out.add(new NameSpan(start, t, label[start], c));
            }
        }
        return out;
    }
}
