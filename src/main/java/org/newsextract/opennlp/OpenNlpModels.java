package org.newsextract.opennlp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsextract.nlp.ModelException;
import org.newsextract.nlp.Resources;

/**
 * Loads OpenNLP models once per JVM and shares them: a loaded OpenNLP model is immutable, so
 * every {@link org.newsextract.NewsExtractor} in the process can use the same instance (the
 * stateful {@code *ME} objects that use them are made per thread, see
 * {@link OpenNlpTokenizer} and {@link OpenNlpNameTagger}).
 *
 * <p>Thread-safe.
 */
public final class OpenNlpModels {
    /** Apache's English sentence detector (UD English-EWT), from {@code opennlp-models-sentdetect-en}. */
    public static final String SENTENCE_EN = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** Apache's English tokenizer (UD English-EWT), from {@code opennlp-models-tokenizer-en}. */
    public static final String TOKENIZER_EN = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    /**
     * The project's PER/LOC/ORG name finder trained on CoNLL-2003 (see {@code models/README.md}),
     * shipped in the jar from {@code models/}.
     */
    public static final String NER_EN = "org/newsextract/models/opennlp-ner-en.bin";

    private static final Map<String, Object> MODELS = new ConcurrentHashMap<>();

    private OpenNlpModels() {
    }

    /**
     * Returns the English sentence model, loading it on first use.
     *
     * @throws ModelException if it is missing from the class path or cannot be read
     */
    public static SentenceModel sentences() {
        return (SentenceModel) MODELS.computeIfAbsent(SENTENCE_EN,
                r -> load(r, "org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0", SentenceModel::new));
    }

    /**
     * Returns the English tokenizer model, loading it on first use.
     *
     * @throws ModelException if it is missing from the class path or cannot be read
     */
    public static TokenizerModel tokens() {
        return (TokenizerModel) MODELS.computeIfAbsent(TOKENIZER_EN,
                r -> alphaNumericWhole(load(r, "org.apache.opennlp:opennlp-models-tokenizer-en:1.3.0",
                        TokenizerModel::new)));
    }

    /**
     * Returns the tokenizer with OpenNLP's alphanumeric optimization on: a run of ASCII letters
     * and digits is one token without asking the model. Apache's UD model has it off, so it asks
     * the model at every character of every word (the tokenizer's main cost) and splits words as
     * UD does ("cannot" → "can" "not"), which newswire (CoNLL, Penn Treebank) does not.
     */
    private static TokenizerModel alphaNumericWhole(TokenizerModel ud) {
        TokenizerFactory factory = new TokenizerFactory(ud.getLanguage(), ud.getAbbreviations(), true,
                ud.getFactory().getAlphaNumericPattern());
        return new TokenizerModel(ud.getMaxentModel(), Map.of(), factory);
    }

    /**
     * Returns the shipped name finder model, loading it on first use.
     *
     * @throws ModelException if it is missing from the class path or cannot be read
     */
    public static TokenNameFinderModel names() {
        return (TokenNameFinderModel) MODELS.computeIfAbsent(NER_EN,
                r -> load(r, "the project's models/ folder (rebuild it with 'train-opennlp', see models/README.md)",
                        TokenNameFinderModel::new));
    }

    /**
     * Returns a name finder model from a file (one written by {@code train-opennlp}), loading it
     * once per JVM and path.
     *
     * @throws ModelException if the file is missing or is not a name finder model
     */
    public static TokenNameFinderModel names(Path file) {
        Path key = file.toAbsolutePath().normalize();
        return (TokenNameFinderModel) MODELS.computeIfAbsent("file:" + key, k -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(key), 1 << 16)) {
                return new TokenNameFinderModel(in);
            } catch (NoSuchFileException e) {
                throw new ModelException("OpenNLP name finder model " + file + ": no such file", e);
            } catch (IOException e) {
                throw new ModelException("cannot load OpenNLP name finder model " + file + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                // OpenNLP fails inside its loader on a file that is no model package (a null manifest)
                throw new ModelException("cannot load OpenNLP name finder model " + file
                        + ": not a name finder model (write one with 'newsextract train-opennlp')", e);
            }
        });
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, String whereFrom, Reader<T> reader) {
        InputStream raw = Resources.open(resource);
        if (raw == null) {
            throw new ModelException("OpenNLP model " + resource + " is not on the class path: it comes from "
                    + whereFrom);
        }
        try (InputStream in = new BufferedInputStream(raw, 1 << 16)) {
            return reader.read(in);
        } catch (IOException | RuntimeException e) {
            throw new ModelException("cannot load OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }
}
