package org.newsextract.text;

import java.util.Arrays;
import java.util.List;

/**
 * A document cut into tokens and sentences: what every engine's tokenizer produces and what
 * name taggers and the resolver read. Tokens are indexed document-wide; each sentence is a
 * contiguous range of tokens.
 *
 * <p>Besides each token's offsets it keeps the token's {@linkplain #word(int) word}: the form
 * the taggers see, with typographic quotes and apostrophes folded to ASCII as in their training
 * data. Immutable once built.
 */
public final class TokenizedText {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] words;
    private final int[] sentenceFirstToken; // length = sentences + 1

    private TokenizedText(String text, int[] starts, int[] ends, String[] words, int[] sentenceFirstToken) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.words = words;
        this.sentenceFirstToken = sentenceFirstToken;
    }

    /** Returns the document text. */
    public String text() {
        return text;
    }

    /** Returns the number of tokens. */
    public int tokenCount() {
        return starts.length;
    }

    /** Returns the number of sentences. */
    public int sentenceCount() {
        return sentenceFirstToken.length - 1;
    }

    /** Returns the start offset of a token. */
    public int start(int token) {
        return starts[token];
    }

    /** Returns the end offset of a token. */
    public int end(int token) {
        return ends[token];
    }

    /** Returns the token exactly as in the text. */
    public String surface(int token) {
        return text.substring(starts[token], ends[token]);
    }

    /** Returns the token's normalized word, the form taggers see. */
    public String word(int token) {
        return words[token];
    }

    /** Returns the index of a sentence's first token. */
    public int sentenceStart(int sentence) {
        return sentenceFirstToken[sentence];
    }

    /** Returns the index one past a sentence's last token. */
    public int sentenceEnd(int sentence) {
        return sentenceFirstToken[sentence + 1];
    }

    /** Returns the index of the sentence that holds a token. */
    public int sentenceOf(int token) {
        int i = Arrays.binarySearch(sentenceFirstToken, token);
        return i >= 0 ? Math.min(i, sentenceCount() - 1) : -i - 2;
    }

    /** Returns the words of one sentence. */
    public List<String> sentenceWords(int sentence) {
        return Arrays.asList(words).subList(sentenceStart(sentence), sentenceEnd(sentence));
    }

    /** Returns the text from the start of token {@code from} to the end of token {@code to - 1}. */
    public String span(int from, int to) {
        return text.substring(starts[from], ends[to - 1]);
    }

    /**
     * Folds typographic quotes, apostrophes and dashes to the ASCII forms newswire training data
     * uses, so that "Assad’s" looks to a tagger like "Assad's".
     */
    public static String normalizeWord(String surface) {
        boolean plain = true;
        for (int i = 0; i < surface.length() && plain; i++) {
            char c = surface.charAt(i);
            plain = c < 0x2010 || c > 0x203A;
        }
        if (plain) {
            return surface;
        }
        StringBuilder b = new StringBuilder(surface.length());
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> b.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> b.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013' -> b.append('-');
                case '\u2014', '\u2015' -> b.append("--");
                case '\u2026' -> b.append("...");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The longest sentence a tokenizer hands on, in tokens: a longer one (text without sentence
     * punctuation) is cut into pieces of this size, so that taggers see bounded sequences.
     */
    public static final int MAX_SENTENCE_TOKENS = 250;

    /**
     * Builds a {@link TokenizedText} token by token and sentence by sentence, cutting sentences at
     * {@link #MAX_SENTENCE_TOKENS} tokens.
     */
    public static final class Builder {
        private final String text;
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private String[] words = new String[64];
        private int size;
        private int[] sentenceFirst = new int[16];
        private int sentences;
        private int currentSentenceStart;

        /** @param text the document text all offsets refer to */
        public Builder(String text) {
            this.text = text;
        }

        /**
         * Adds a token to the current sentence.
         *
         * @throws IllegalArgumentException if the offsets are outside the text, empty, or before
         *                                  the previous token's end
         */
        public Builder token(int start, int end, String word) {
            if (size - currentSentenceStart == MAX_SENTENCE_TOKENS) {
                endSentence();
            }
            if (start < 0 || end <= start || end > text.length() || (size > 0 && start < ends[size - 1])) {
                throw new IllegalArgumentException("token offsets [" + start + ", " + end + ") are invalid here");
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                words = Arrays.copyOf(words, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            words[size] = word;
            size++;
            return this;
        }

        /**
         * Adds the token at {@code [start, end)} of the text to the current sentence, with its
         * {@linkplain TokenizerText#word normalized} form as its word.
         *
         * @throws IllegalArgumentException as {@link #token(int, int, String)}
         */
        public Builder token(int start, int end) {
            return token(start, end, TokenizerText.word(text.substring(start, end)));
        }

        /** Ends the current sentence; does nothing when it has no tokens. */
        public Builder endSentence() {
            if (size > currentSentenceStart) {
                if (sentences + 1 >= sentenceFirst.length) {
                    sentenceFirst = Arrays.copyOf(sentenceFirst, sentenceFirst.length * 2);
                }
                sentenceFirst[sentences++] = currentSentenceStart;
                currentSentenceStart = size;
            }
            return this;
        }

        /** Returns the number of tokens added so far. */
        public int tokenCount() {
            return size;
        }

        /** Ends the last sentence and returns the result. */
        public TokenizedText build() {
            endSentence();
            int[] firsts = Arrays.copyOf(sentenceFirst, sentences + 1);
            firsts[sentences] = size;
            return new TokenizedText(text, Arrays.copyOf(starts, size), Arrays.copyOf(ends, size),
                    Arrays.copyOf(words, size), firsts);
        }
    }
}
