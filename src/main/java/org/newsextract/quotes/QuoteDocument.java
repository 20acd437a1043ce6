package org.newsextract.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.newsextract.nlp.DocumentEntity;
import org.newsextract.nlp.NameLabel;
import org.newsextract.text.Paragraphs;
import org.newsextract.text.TokenizedText;

/**
 * One document as the attribution rules read it: its tokens and sentences, which tokens are
 * entity mentions (and of which entity), which lie inside quotations, which are reporting cues,
 * and the paragraph of each token. Built once per document; immutable after construction.
 */
final class QuoteDocument {
    final TokenizedText doc;
    final String text;
    final List<DocumentEntity> entities;
    final List<QuoteSpan> quotes;
    final QuoteLexicon lexicon;
    private final org.newsextract.resolve.Lexicon words;
    /** Per token: index of the entity whose mention covers it, or -1. */
    private final int[] entityOf;
    /** Per token: first and one-past-last token of the mention covering it. */
    private final int[] mentionFrom;
    private final int[] mentionTo;
    /** Per token: index of the quotation covering it, or -1. */
    private final int[] quoteOf;
    /** Per token: length in tokens of the reporting cue starting at it, or 0. */
    private final int[] cueLength;
    /** Per token: length in tokens of the reported-speech cue starting at it, or 0. */
    private final int[] reportedCueLength;
    /** Per token: its word in lower case. */
    private final String[] lower;
    /** Per token: its paragraph's index. */
    private final int[] paragraphOf;
    /** Per paragraph: its first token. */
    private final int[] paragraphFirst;

    QuoteDocument(TokenizedText doc, List<DocumentEntity> entities, List<QuoteSpan> quotes, QuoteLexicon lexicon,
                  org.newsextract.resolve.Lexicon words) {
        this.doc = doc;
        this.text = doc.text();
        this.entities = entities;
        this.quotes = quotes;
        this.lexicon = lexicon;
        this.words = words;
        int n = doc.tokenCount();
        entityOf = new int[n];
        mentionFrom = new int[n];
        mentionTo = new int[n];
        Arrays.fill(entityOf, -1);
        for (int e = 0; e < entities.size(); e++) {
            for (DocumentEntity.Mention m : entities.get(e).mentions()) {
                int from = tokenAt(m.start());
                int to = tokenAfter(m.end());
                for (int t = from; t < to; t++) {
                    entityOf[t] = e;
                    mentionFrom[t] = from;
                    mentionTo[t] = to;
                }
            }
        }
        quoteOf = new int[n];
        Arrays.fill(quoteOf, -1);
        for (int q = 0; q < quotes.size(); q++) {
            for (int t = tokenAt(quotes.get(q).start()); t < tokenAfter(quotes.get(q).end()); t++) {
                quoteOf[t] = q;
            }
        }
        lower = new String[n];
        for (int t = 0; t < n; t++) {
            lower[t] = doc.word(t).toLowerCase(Locale.ROOT);
        }
        cueLength = new int[n];
        reportedCueLength = new int[n];
        for (int t = 0; t < n; t++) {
            String first = lower[t];
            if (lexicon.isCueWord(first)) {
                cueLength[t] = 1;
            }
            for (String[] phrase : lexicon.cuePhrasesStartingWith(first)) {
                if (matches(t, phrase)) {
                    cueLength[t] = phrase.length;
                }
            }
            if (lexicon.isReportedCueWord(first)) {
                reportedCueLength[t] = 1;
            }
            for (String[] phrase : lexicon.reportedCuePhrasesStartingWith(first)) {
                if (matches(t, phrase)) {
                    reportedCueLength[t] = Math.max(reportedCueLength[t], phrase.length);
                }
            }
        }
        paragraphOf = new int[n];
        List<Paragraphs.Range> paragraphs = Paragraphs.split(text);
        paragraphFirst = new int[paragraphs.size() + 1];
        int p = 0;
        for (int t = 0; t < n; t++) {
            while (p + 1 < paragraphs.size() && doc.start(t) >= paragraphs.get(p + 1).start()) {
                p++;
                paragraphFirst[p] = t;
            }
            paragraphOf[t] = p;
        }
        for (int k = p + 1; k <= paragraphs.size(); k++) {
            paragraphFirst[k] = n;
        }
    }

    private boolean matches(int t, String[] phrase) {
        if (t + phrase.length > doc.tokenCount()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!lower[t + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** Returns the number of tokens. */
    int size() {
        return doc.tokenCount();
    }

    /** Returns the index of the first token that ends after character {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = doc.tokenCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (doc.end(mid) <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Returns the index of the first token that starts at or after character {@code offset}. */
    int tokenAfter(int offset) {
        int lo = 0;
        int hi = doc.tokenCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (doc.start(mid) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    String word(int t) {
        return doc.word(t);
    }

    String lower(int t) {
        return lower[t];
    }

    /** Returns the entity index of the mention covering the token, or -1. */
    int entityOf(int t) {
        return entityOf[t];
    }

    int mentionFrom(int t) {
        return mentionFrom[t];
    }

    int mentionTo(int t) {
        return mentionTo[t];
    }

    /** Returns the type of the entity mentioned at the token, or null. */
    NameLabel typeAt(int t) {
        return entityOf[t] < 0 ? null : entities.get(entityOf[t]).type();
    }

    /** True if the token lies inside a quotation. */
    boolean quoted(int t) {
        return quoteOf[t] >= 0;
    }

    /** Returns the index of the quotation covering the token, or -1. */
    int quoteOf(int t) {
        return quoteOf[t];
    }

    /** Returns the length in tokens of the reporting cue starting at the token, 0 if none. */
    int cueLength(int t) {
        return quoted(t) ? 0 : cueLength[t];
    }

    /** Returns the length in tokens of the reported-speech cue starting at the token, 0 if none. */
    int reportedCueLength(int t) {
        return quoted(t) ? 0 : reportedCueLength[t];
    }

    /**
     * Returns the start of the last cue outside quotations that lies wholly before {@code first} and
     * starts after {@code after}, or -1.
     */
    int lastCueBefore(int first, int after) {
        for (int c = first - 1; c > after; c--) {
            if (cueLength(c) > 0 && !quoted(c) && c + cueLength(c) <= first) {
                return c;
            }
        }
        return -1;
    }

    int paragraphOf(int t) {
        return paragraphOf[t];
    }

    int paragraphStart(int paragraph) {
        return paragraphFirst[paragraph];
    }

    int paragraphEnd(int paragraph) {
        return paragraphFirst[paragraph + 1];
    }

    /**
     * Returns the first token of the token's sentence, joining a sentence the tokenizer ended at an
     * abbreviation in brackets ("Rep. Gwen Moore (D-Wis.) | said") to the one before it.
     */
    int sentenceStartOf(int t) {
        int s = doc.sentenceOf(t);
        while (s > 0) {
            int prevEnd = doc.sentenceEnd(s - 1);
            if (prevEnd >= 2 && doc.word(prevEnd - 1).equals(")") && doc.word(prevEnd - 2).equals(".")) {
                s--;
            } else {
                break;
            }
        }
        return doc.sentenceStart(s);
    }

    int sentenceEndOf(int t) {
        return doc.sentenceEnd(doc.sentenceOf(t));
    }

    boolean isTitle(String word) {
        return words.isTitle(word);
    }

    boolean isFunctionWord(String word) {
        return words.isFunctionWord(word);
    }

    boolean isPronoun(String word) {
        return words.isPronoun(word);
    }

    /** How many tokens, the closing mark's own included, a quotation's last mark may stand before its end. */
    static final int CLOSING_LOOKBACK = 3;

    /**
     * True if the quotation whose closing mark is token {@code last} ends with a mark that
     * {@code mark} accepts: the first token back from {@code last} (at most
     * {@link #CLOSING_LOOKBACK}) that is accepted, with only punctuation after it.
     *
     * @param last the quotation's closing mark
     * @param mark which tokens count ("," "?" "!" for a clause, "." "?" "!" for a sentence)
     * @return whether the quotation ends with such a mark
     */
    boolean quotationEndsWith(int last, java.util.function.Predicate<String> mark) {
        for (int t = last; t >= Math.max(0, last - (CLOSING_LOOKBACK - 1)); t--) {
            if (mark.test(word(t))) {
                return true;
            }
            if (!isPunctuation(t)) {
                return false;
            }
        }
        return false;
    }

    /** True if the token is a punctuation token (no letter or digit). */
    boolean isPunctuation(int t) {
        String w = doc.word(t);
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean is(int t, String word) {
        return t >= 0 && t < size() && doc.word(t).equalsIgnoreCase(word);
    }
}
