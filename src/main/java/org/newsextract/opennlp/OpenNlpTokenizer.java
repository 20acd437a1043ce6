package org.newsextract.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.newsextract.nlp.TextTokenizer;
import org.newsextract.text.Paragraphs;
import org.newsextract.text.TokenizedText;

/**
 * OpenNLP's maximum-entropy sentence detector and tokenizer (Apache's English UD models), run
 * paragraph by paragraph ({@link Paragraphs}) so that memory stays bounded on long documents.
 *
 * <p>Tokens keep their offsets into the document; each token's word is
 * {@linkplain TokenizedText#normalizeWord(String) normalized} as for every engine. Sentences
 * longer than {@link TokenizedText#MAX_SENTENCE_TOKENS} tokens (text without punctuation) are cut into pieces
 * of that size, as {@code CoreNlpTokenizer} does.
 *
 * <p>Thread-safe: the OpenNLP detector and tokenizer are kept one per thread (OpenNLP's
 * {@code ThreadSafe*ME} wrappers); the models they share are immutable.
 */
public final class OpenNlpTokenizer implements TextTokenizer {

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokens;

    /** A tokenizer with Apache's English models ({@link OpenNlpModels}). */
    public OpenNlpTokenizer() {
        this(OpenNlpModels.sentences(), OpenNlpModels.tokens());
    }

    /**
     * @param sentenceModel  a sentence detector model
     * @param tokenizerModel a tokenizer model
     */
    public OpenNlpTokenizer(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
        this.sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
        this.tokens = new ThreadSafeTokenizerME(tokenizerModel);
    }

    @Override
    public TokenizedText tokenize(String text) {
        TokenizedText.Builder out = new TokenizedText.Builder(text);
        for (Paragraphs.Range paragraph : Paragraphs.split(text)) {
            String piece = text.substring(paragraph.start(), paragraph.end());
            for (Span sentence : sentences.sentPosDetect(piece)) {
                int sentenceStart = paragraph.start() + sentence.getStart();
                String sentenceText = piece.substring(sentence.getStart(), sentence.getEnd());
                for (int[] token : newswireTokens(text, sentenceStart, tokens.tokenizePos(sentenceText))) {
                    out.token(token[0], token[1]);
                }
                out.endSentence();
            }
        }
        return out.build();
    }

    /**
     * Turns the UD tokenizer's tokens into newswire (CoNLL / Penn Treebank) tokens, the form the
     * name finder was trained on: a hyphenated word stays one token ("al-Assad", "U.S.-backed",
     * as in CoNLL-2003 and as the CoreNLP engine keeps them), and clitics are cut off their word
     * ("Assad's" → "Assad" "'s", "don't" → "do" "n't"), which the UD model leaves whole.
     *
     * @param text   the document text
     * @param offset the offset in {@code text} the spans are relative to
     * @param spans  the tokenizer's spans, in order
     * @return {start, end} document offsets of each token, in order, none empty
     */
    static List<int[]> newswireTokens(String text, int offset, Span[] spans) {
        List<int[]> merged = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            int start = offset + spans[i].getStart();
            int end = offset + spans[i].getEnd();
            if (end <= start) {
                continue;
            }
            int last = merged.size() - 1;
            // word "-" word with no space on either side: join the hyphen and the next word on.
            if (last >= 0 && i + 1 < spans.length && end - start == 1 && isHyphen(text.charAt(start))
                    && merged.get(last)[1] == start && offset + spans[i + 1].getStart() == end
                    && isWordy(text, merged.get(last)[0], merged.get(last)[1])
                    && isWordy(text, end, offset + spans[i + 1].getEnd())) {
                merged.get(last)[1] = offset + spans[i + 1].getEnd();
                i++;
                continue;
            }
            merged.add(new int[]{start, end});
        }
        List<int[]> out = new ArrayList<>(merged.size() + 8);
        for (int[] t : merged) {
            int cut = cliticStart(text, t[0], t[1]);
            if (cut > t[0]) {
                out.add(new int[]{t[0], cut});
                out.add(new int[]{cut, t[1]});
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isWordy(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] CLITICS = {"n't", "'s", "'re", "'ve", "'ll", "'m", "'d"};

    /** Returns where a clitic at the end of the token starts, or -1 when it has none. */
    private static int cliticStart(String text, int start, int end) {
        String word = TokenizedText.normalizeWord(text.substring(start, end));
        if (word.length() != end - start) {
            return -1;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String clitic : CLITICS) {
            int cut = word.length() - clitic.length();
            if (cut >= 1 && lower.endsWith(clitic) && Character.isLetter(word.charAt(cut - 1))
                    && (clitic.charAt(0) == '\'' || cut >= 2 && Character.isLetter(word.charAt(cut - 1)))) {
                return start + cut;
            }
        }
        return -1;
    }
}
