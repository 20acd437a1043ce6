package org.newsextract.tools.eval;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.newsextract.Engine;
import org.newsextract.EntityType;
import org.newsextract.NewsExtractor;
import org.newsextract.pipeline.EngineKind;
import org.newsextract.pipeline.Engines;
import org.newsextract.pipeline.Pipeline;
import org.newsextract.resolve.Rule;
import org.newsextract.tools.reference.ReferenceNer;

/**
 * A system scored by {@link Accuracy}: tags given CoNLL tokens, and finds document-level entities
 * in raw text. Implementations are thread-safe.
 */
public interface EvalSystem {
    /** Returns the name shown in tables, e.g. {@code "newsextract"}. */
    String name();

    /** Returns one IOB2 tag (PER, LOC, ORG or O) per token of the document, in reading order. */
    String[] tags(ConllDocument doc);

    /** Returns the people, places and organizations found in a raw text, mention spans in code points. */
    List<DocEntity> entities(String id, String text);

    /**
     * Returns newsextract as users get it ({@link NewsExtractor} and {@link ConllTagger}, the way
     * {@code eval --conll} and {@code extract} run it), or, when rules are switched off, the
     * internal {@link Pipeline} from {@code Engines.pipeline(engine, rules, openNlpModel)}. Quotations are
     * not searched for: entities do not depend on them. Models load on first use.
     *
     * @param engine       the engine
     * @param without      the document-level rules switched off (empty for the default pipeline)
     * @param openNlpModel a name finder model for {@link Engine#OPENNLP}, or null for the shipped one
     * @param threads      the extractor's thread count (documents are spread by {@link Accuracy})
     * @return the system
     */
    static EvalSystem newsextract(Engine engine, Set<Rule> without, Path openNlpModel, int threads) {
        Set<Rule> rules = EnumSet.allOf(Rule.class);
        rules.removeAll(without);
        NewsExtractor extractor = without.isEmpty()
                ? NewsExtractor.builder().engine(engine).threads(threads).quotes(false).openNlpModel(openNlpModel).build()
                : null;
        Pipeline pipeline = without.isEmpty() ? null : Engines.pipeline(EngineKind.named(engine.name()), rules, openNlpModel);
        ConllTagger tagger = extractor != null ? new ConllTagger(extractor) : new ConllTagger(pipeline);
        return new EvalSystem() {
            @Override
            public String name() {
                return "newsextract";
            }

            @Override
            public String[] tags(ConllDocument doc) {
                return tagger.tags(doc);
            }

            @Override
            public List<DocEntity> entities(String id, String text) {
                return extractor != null ? Predictions.of(extractor.extract(id, text))
                        : Predictions.of(text, pipeline.entities(pipeline.tokenize(text)));
            }
        };
    }

    /**
     * Returns raw CoreNLP's default NER pipeline ({@link ReferenceNer}): on CoNLL files kept to the
     * given tokens and sentences, on raw text fully default, its names formed the given way and
     * grouped into entities by exact string and type ({@link Predictions#grouped}). Systems made
     * from one {@code ReferenceNer} share its annotations: each input is annotated once.
     *
     * @return the system, named {@link ReferenceNer.Naming#label()}
     */
    static EvalSystem coreNlp(ReferenceNer ner, ReferenceNer.Naming naming) {
        return new EvalSystem() {
            @Override
            public String name() {
                return naming.label();
            }

            @Override
            public String[] tags(ConllDocument doc) {
                return ner.tags(doc.sentences(), naming);
            }

            @Override
            public List<DocEntity> entities(String id, String text) {
                List<Predictions.FlatMention> flat = ner.mentions(text, naming).stream()
                        .map(m -> new Predictions.FlatMention(m.start(), m.end(), typeOf(m.type()))).toList();
                return Predictions.grouped(text, flat);
            }
        };
    }

    /** Returns the entity type of a CoNLL tag suffix (PER, LOC, ORG). @throws IllegalArgumentException for others */
    static EntityType typeOf(String conllType) {
        for (EntityType t : EntityType.values()) {
            if (t.conllTag().equals(conllType)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a scored CoNLL type: " + conllType);
    }
}
