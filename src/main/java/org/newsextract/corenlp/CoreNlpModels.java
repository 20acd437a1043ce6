package org.newsextract.corenlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.BufferedInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import org.newsextract.nlp.ModelException;

/**
 * Loads CoreNLP models from the class path once per JVM and shares them: a serialized CRF is
 * immutable once loaded, so every {@link org.newsextract.NewsExtractor} in the process can use
 * the same instance.
 */
public final class CoreNlpModels {
    /** The CoNLL-2003 four-class CRF (PER, LOC, ORG, MISC) from CoreNLP's models jar. */
    public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /**
     * The three-class CRF (PERSON, LOCATION, ORGANIZATION) trained on CoNLL, MUC-6, MUC-7, ACE,
     * OntoNotes, WikiNER and more: CoreNLP's first model for these types in its default pipeline.
     */
    public static final String ALL_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private static final Map<String, CRFClassifier<CoreLabel>> CRFS = new ConcurrentHashMap<>();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CoreNlpModels.class);

    private CoreNlpModels() {
    }

    /**
     * Returns the CRF classifier at a class-path resource, loading it on first use.
     *
     * @throws ModelException if the resource is missing or cannot be read
     */
    public static CRFClassifier<CoreLabel> crf(String resource) {
        return CRFS.computeIfAbsent(resource, CoreNlpModels::loadCrf);
    }

    private static CRFClassifier<CoreLabel> loadCrf(String resource) {
        InputStream raw = CoreNlpModels.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new ModelException("CoreNLP model " + resource + " is not on the class path: add "
                    + "edu.stanford.nlp:stanford-corenlp:4.5.10:models to the dependencies");
        }
        long started = System.nanoTime();
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(
                new GZIPInputStream(new BufferedInputStream(raw, 1 << 16)), 1 << 16))) {
            CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(in);
            LOG.info("loaded CoreNLP model {} in {} ms", resource, (System.nanoTime() - started) / 1_000_000);
            return crf;
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new ModelException("cannot load CoreNLP model " + resource + ": " + e.getMessage(), e);
        }
    }
}
