package org.newsextract.pipeline;

import java.util.EnumSet;
import java.util.Set;

import org.newsextract.Engine;
import org.newsextract.corenlp.CoreNlpModels;
import org.newsextract.corenlp.CoreNlpNameTagger;
import org.newsextract.corenlp.CoreNlpTokenizer;
import org.newsextract.resolve.EntityResolver;
import org.newsextract.resolve.Lexicon;
import org.newsextract.resolve.Rule;

/** Builds each engine's pipeline: the one place that maps an {@link Engine} to its parts. */
public final class Engines {
    private Engines() {
    }

    /** Returns the full pipeline of an engine, as users get it. */
    public static Pipeline pipeline(Engine engine) {
        return pipeline(engine, EnumSet.allOf(Rule.class));
    }

    /**
     * Returns an engine's pipeline with only some document-level rules (for ablation).
     *
     * @throws org.newsextract.ExtractionException if a model cannot be loaded
     */
    public static Pipeline pipeline(Engine engine, Set<Rule> rules) {
        EntityResolver resolver = new EntityResolver(Lexicon.get(), rules);
        boolean context = rules.contains(Rule.DOCUMENT_CONTEXT);
        return switch (engine) {
            case CORENLP -> new Pipeline(new CoreNlpTokenizer(),
                    new CoreNlpNameTagger(CoreNlpModels.crf(CoreNlpModels.CONLL_4CLASS)), resolver, context);
        };
    }
}
