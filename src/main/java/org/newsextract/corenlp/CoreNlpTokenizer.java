package org.newsextract.corenlp;

import java.io.StringReader;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import org.newsextract.nlp.TextTokenizer;
import org.newsextract.text.Paragraphs;
import org.newsextract.text.TokenizedText;

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
 */
public final class CoreNlpTokenizer implements TextTokenizer {
    static final String OPTIONS =
            "invertible,ptb3Escaping=false,splitHyphenated=false,splitForwardSlash=true,untokenizable=noneKeep";

    private final ThreadLocal<WordToSentenceProcessor<CoreLabel>> splitter =
            ThreadLocal.withInitial(WordToSentenceProcessor::new);
    private final CoreLabelTokenFactory tokenFactory = new CoreLabelTokenFactory();

    @Override
    public TokenizedText tokenize(String text) {
        TokenizedText.Builder out = new TokenizedText.Builder(text);
        for (Paragraphs.Range paragraph : Paragraphs.split(text)) {
            String piece = text.substring(paragraph.start(), paragraph.end());
            PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(piece), tokenFactory, OPTIONS);
            List<CoreLabel> tokens = tokenizer.tokenize();
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
}
