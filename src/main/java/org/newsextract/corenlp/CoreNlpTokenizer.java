package org.newsextract.corenlp;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import org.newsextract.nlp.TextTokenizer;
import org.newsextract.text.Paragraphs;
import org.newsextract.text.TokenizedText;
import org.newsextract.text.TokenizerText;

/**
 * CoreNLP's PTB tokenizer and rule-based sentence splitter, run paragraph by paragraph
 * ({@link Paragraphs}) so that memory stays bounded on long documents.
 *
 * <p>Options: tokens keep their original characters (no {@code -LRB-} or LaTeX quotes), hyphenated
 * names stay whole ("al-Assad"), a slash between words is a token of its own
 * ("REUTERS/Kai Pfaffenbach/File Photo", "Pfizer/BioNTech": each name is a name; numbers such as
 * "24/7" and addresses stay whole), and characters the lexer does not know are kept silently.
 * Sentences longer than {@link TokenizedText#MAX_SENTENCE_TOKENS} tokens (text without
 * punctuation) are cut into pieces of that size. Thread-safe.
 *
 * <p>Two guards, neither of which changes the tokens of ordinary text: unpaired surrogates are
 * shown to the lexer as U+FFFD ({@link TokenizerText#forTokenizer}; CoreNLP otherwise drops the
 * whole paragraph), and a run without white space that is longer than {@link #RUN_LIMIT}
 * characters and holds more than {@link #RUN_PUNCTUATION} punctuation or symbol characters is
 * lexed in pieces of {@link #RUN_PIECE} characters. CoreNLP's lexer takes time quadratic in such
 * a run (20,000 {@code "} in a row: 39 s); in pieces it is linear, and only the tokens inside the
 * run can differ.
 */
public final class CoreNlpTokenizer implements TextTokenizer {
    static final String OPTIONS =
            "invertible,ptb3Escaping=false,splitHyphenated=false,splitForwardSlash=true,untokenizable=noneKeep";

    /** A run without white space longer than this (in chars) is a candidate for the guard. */
    static final int RUN_LIMIT = 256;
    /** ... and is lexed in pieces when it holds more punctuation or symbol characters than this. */
    static final int RUN_PUNCTUATION = 64;
    /** The length of those pieces, in chars. */
    static final int RUN_PIECE = 64;

    private final ThreadLocal<WordToSentenceProcessor<CoreLabel>> splitter =
            ThreadLocal.withInitial(WordToSentenceProcessor::new);
    private final CoreLabelTokenFactory tokenFactory = new CoreLabelTokenFactory();

    @Override
    public TokenizedText tokenize(String text) {
        TokenizedText.Builder out = new TokenizedText.Builder(text);
        for (Paragraphs.Range paragraph : Paragraphs.split(text)) {
            String piece = TokenizerText.forTokenizer(text.substring(paragraph.start(), paragraph.end()));
            List<CoreLabel> tokens = lex(piece);
            for (List<CoreLabel> sentence : splitter.get().process(tokens)) {
                for (CoreLabel token : sentence) {
                    int start = paragraph.start() + token.beginPosition();
                    int end = paragraph.start() + token.endPosition();
                    if (end > start) {
                        out.token(start, end);
                    }
                }
                out.endSentence();
            }
        }
        return out.build();
    }

    /** Lexes a paragraph, long punctuation runs in pieces; positions are relative to the paragraph. */
    private List<CoreLabel> lex(String piece) {
        List<int[]> segments = segments(piece);
        if (segments.size() == 1) {
            return lexSegment(piece);
        }
        List<CoreLabel> tokens = new ArrayList<>();
        for (int[] segment : segments) {
            for (CoreLabel token : lexSegment(piece.substring(segment[0], segment[1]))) {
                token.setBeginPosition(token.beginPosition() + segment[0]);
                token.setEndPosition(token.endPosition() + segment[0]);
                tokens.add(token);
            }
        }
        return tokens;
    }

    private List<CoreLabel> lexSegment(String segment) {
        return new PTBTokenizer<>(new StringReader(segment), tokenFactory, OPTIONS).tokenize();
    }

    /**
     * Cuts a paragraph into the segments lexed apart: the whole paragraph unless it has a run
     * without white space of more than {@link #RUN_LIMIT} chars with more than
     * {@link #RUN_PUNCTUATION} punctuation or symbols; such a run is cut into pieces of
     * {@link #RUN_PIECE} chars (never inside a surrogate pair), the text between runs stays whole.
     *
     * @return {start, end} ranges covering the paragraph in order
     */
    static List<int[]> segments(String piece) {
        List<int[]> out = new ArrayList<>(1);
        int segmentStart = 0;
        int i = 0;
        int n = piece.length();
        while (i < n) {
            if (Character.isWhitespace(piece.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            int punctuation = 0;
            while (i < n && !Character.isWhitespace(piece.charAt(i))) {
                char c = piece.charAt(i);
                if (!Character.isLetterOrDigit(c) && !isMark(c) && !Character.isSurrogate(c)) {
                    punctuation++;
                }
                i++;
            }
            if (i - runStart > RUN_LIMIT && punctuation > RUN_PUNCTUATION) {
                if (runStart > segmentStart) {
                    out.add(new int[]{segmentStart, runStart});
                }
                int at = runStart;
                while (at < i) {
                    int end = Math.min(i, at + RUN_PIECE);
                    if (end < i && Character.isHighSurrogate(piece.charAt(end - 1))) {
                        end++;
                    }
                    out.add(new int[]{at, end});
                    at = end;
                }
                segmentStart = i;
            }
        }
        if (segmentStart < n || out.isEmpty()) {
            out.add(new int[]{segmentStart, n});
        }
        return out;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
