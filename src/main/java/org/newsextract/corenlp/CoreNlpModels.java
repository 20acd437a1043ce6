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

    /**
     * Where the build puts newsextract's compact copies of CoreNLP's models
     * ({@link CrfModelFile}; written by {@code org.newsextract.tools.build.CompileModels}).
     */
    public static final String SHIPPED = "org/newsextract/models/corenlp/";

    /** The word clusters both CRFs' distsim features use, CoreNLP's {@code egw4-reut.512.clusters}. */
    static final String CLUSTERS = "egw4-reut.512.clusters.nxlex";

    private static final Map<String, CRFClassifier<CoreLabel>> CRFS = new ConcurrentHashMap<>();
    private static final Map<String, ConllCrfModel> SHIPPED_MODELS = new ConcurrentHashMap<>();
    private static volatile CrfModelFile.Lexicon clusters;
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

    /**
     * Returns the name of the compact file the build writes for one of CoreNLP's CRFs
     * ({@link #CONLL_4CLASS}, {@link #ALL_3CLASS}): its file name with {@code .crf.ser.gz}
     * replaced by {@code .nxcrf}.
     */
    public static String shippedName(String coreNlpResource) {
        String file = coreNlpResource.substring(coreNlpResource.lastIndexOf('/') + 1);
        return file.replace(".crf.ser.gz", ".nxcrf");
    }

    /**
     * Returns the decoder's model of one of CoreNLP's CRFs from the compact copy shipped in
     * newsextract's jar, loading it on first use; CoreNLP's models jar is not needed.
     *
     * @param coreNlpResource {@link #CONLL_4CLASS} or {@link #ALL_3CLASS}
     * @throws ModelException if the compact file is missing or cannot be read
     */
    static ConllCrfModel shipped(String coreNlpResource) {
        return SHIPPED_MODELS.computeIfAbsent(coreNlpResource, CoreNlpModels::loadShipped);
    }

    private static ConllCrfModel loadShipped(String coreNlpResource) {
        String resource = SHIPPED + shippedName(coreNlpResource);
        long started = System.nanoTime();
        try (InputStream in = openShipped(resource)) {
            ConllCrfModel model = CrfModelFile.readModel(in, clusters());
            LOG.info("loaded {} in {} ms", resource, (System.nanoTime() - started) / 1_000_000);
            return model;
        } catch (IOException e) {
            throw new ModelException("cannot read model " + resource + ": " + e.getMessage(), e);
        }
    }

    private static CrfModelFile.Lexicon clusters() throws IOException {
        CrfModelFile.Lexicon c = clusters;
        if (c == null) {
            synchronized (CoreNlpModels.class) {
                c = clusters;
                if (c == null) {
                    try (InputStream in = openShipped(SHIPPED + CLUSTERS)) {
                        c = CrfModelFile.readLexicon(in);
                    }
                    clusters = c;
                }
            }
        }
        return c;
    }

    private static InputStream openShipped(String resource) {
        InputStream in = CoreNlpModels.class.getResourceAsStream("/" + resource);
        if (in == null) {
            throw new ModelException("model " + resource + " is not in newsextract's jar (it is written at build time "
                    + "from CoreNLP's models jar by org.newsextract.tools.build.CompileModels: run mvn package)");
        }
        return new BufferedInputStream(in, 1 << 16);
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
