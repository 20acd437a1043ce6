package org.newsextract.pipeline;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.newsextract.corenlp.CoreNlpModels;
import org.newsextract.corenlp.CoreNlpNameTagger;
import org.newsextract.corenlp.CoreNlpTokenizer;
import org.newsextract.corenlp.CrfEnsembleTagger;
import org.newsextract.nlp.NameTagger;
import org.newsextract.nlp.TextTokenizer;
import org.newsextract.opennlp.OpenNlpModels;
import org.newsextract.opennlp.OpenNlpNameTagger;
import org.newsextract.opennlp.OpenNlpTokenizer;
import org.newsextract.resolve.EntityResolver;
import org.newsextract.resolve.Lexicon;
import org.newsextract.resolve.Rule;

/** Builds each engine's parts and pipeline: the one place that maps an engine to its classes. */
public final class Engines {
    private Engines() {
    }

    /** Returns the full pipeline of an engine with its shipped models, as users get it. */
    public static Pipeline pipeline(EngineKind engine) {
        return pipeline(engine, EnumSet.allOf(Rule.class), null);
    }

    /**
     * Returns the full pipeline of an engine.
     *
     * @param openNlpModel a name finder model file for {@link EngineKind#OPENNLP}, or null for the shipped one
     */
    public static Pipeline pipeline(EngineKind engine, Path openNlpModel) {
        return pipeline(engine, EnumSet.allOf(Rule.class), openNlpModel);
    }

    /**
     * Returns an engine's pipeline with only some document-level rules (for ablation).
     *
     * @param openNlpModel a name finder model file for {@link EngineKind#OPENNLP}, or null for the shipped one
     * @throws org.newsextract.nlp.ModelException if a model cannot be loaded
     */
    public static Pipeline pipeline(EngineKind engine, Set<Rule> rules, Path openNlpModel) {
        // the lexicons load while the tagger's model does
        java.util.concurrent.CompletableFuture<Lexicon> lexicon =
                java.util.concurrent.CompletableFuture.supplyAsync(Lexicon::get);
        NameTagger tagger = tagger(engine, openNlpModel);
        EntityResolver resolver = new EntityResolver(join(lexicon), rules);
        return new Pipeline(tokenizer(engine), tagger, resolver, rules.contains(Rule.DOCUMENT_CONTEXT));
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Returns the CoreNLP engine's pipeline with CoreNLP's own code decoding its name model, as
     * session 1 ran it: the reference the benchmarks compare newsextract's decoder with.
     */
    public static Pipeline coreNlpCodePipeline() {
        return new Pipeline(tokenizer(EngineKind.CORENLP),
                CoreNlpNameTagger.withCoreNlpCode(CoreNlpModels.crf(CoreNlpModels.CONLL_4CLASS)),
                new EntityResolver(Lexicon.get(), EnumSet.allOf(Rule.class)), true);
    }

    /**
     * The system property that overrides {@link CrfEnsembleTagger#BROAD_WEIGHT} for the
     * evaluation commands' weight sweeps (docs/ACCURACY.md); users never need it.
     */
    public static final String ENSEMBLE_WEIGHT_PROPERTY = "newsextract.ensembleWeight";

    private static double ensembleWeight() {
        String w = System.getProperty(ENSEMBLE_WEIGHT_PROPERTY);
        return w == null ? CrfEnsembleTagger.BROAD_WEIGHT : Double.parseDouble(w);
    }

    /** Returns an engine's tokenizer and sentence splitter. */
    public static TextTokenizer tokenizer(EngineKind engine) {
        return switch (engine) {
            case CORENLP -> new CoreNlpTokenizer();
            case OPENNLP -> new OpenNlpTokenizer();
        };
    }

    /**
     * Returns an engine's name tagger, loading its model once per JVM.
     *
     * @param openNlpModel a name finder model file for {@link EngineKind#OPENNLP}, or null for the shipped one
     */
    public static NameTagger tagger(EngineKind engine, Path openNlpModel) {
        return switch (engine) {
            case CORENLP -> CrfEnsembleTagger.shipped(ensembleWeight());
            case OPENNLP -> new OpenNlpNameTagger(openNlpModel == null ? OpenNlpModels.names()
                    : OpenNlpModels.names(openNlpModel));
        };
    }
}
