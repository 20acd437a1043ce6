package org.newsextract.tools.reference;

import java.util.Properties;
import java.util.function.ToIntFunction;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Raw CoreNLP pipelines, configured as a user calling CoreNLP directly would, for the benchmark
 * to compare newsextract with. Not used by newsextract itself.
 */
public final class ReferencePipelines {
    /** CoreNLP's default NER pipeline. */
    public static final String NER = "tokenize,ssplit,pos,lemma,ner";
    /** CoreNLP's quote attribution pipeline (needs dependency parses and coreference). */
    public static final String QUOTES = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private ReferencePipelines() {
    }

    /**
     * Builds (loads) a CoreNLP pipeline with these annotators and returns a function that
     * annotates a text and returns the number of tokens CoreNLP made of it. Thread-safe:
     * StanfordCoreNLP.annotate may be called from several threads.
     */
    public static ToIntFunction<String> load(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        return text -> {
            Annotation doc = new Annotation(text);
            pipeline.annotate(doc);
            return doc.get(CoreAnnotations.TokensAnnotation.class).size();
        };
    }
}
