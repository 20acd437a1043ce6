package org.newsextract.opennlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.NameTagger;

/**
 * OpenNLP's maximum-entropy name finder with the project's CoNLL-2003 model.
 *
 * <p>The model was trained on single sentences, so {@link #tagSentences(List)} tags each
 * sentence on its own; between the sentences of one call the finder keeps its adaptive
 * (document-level) data, such as the label a word got earlier in the document, and forgets it
 * at the end of the call (a call is a run of sentences of one document, see
 * {@link org.newsextract.pipeline.Pipeline}).
 *
 * <p>A name's confidence is the mean probability of its tokens' outcomes in the best sequence.
 * Decoding uses {@link MaxentNameDecoder}, which gives {@link NameFinderME}'s results faster,
 * for the models it supports, and {@code NameFinderME} itself for others.
 *
 * <p>Thread-safe: OpenNLP's {@link NameFinderME} (and a decoder session) is not, so each thread
 * gets its own, made on first use from the shared immutable model.
 */
public final class OpenNlpNameTagger implements NameTagger {
    private final ThreadLocal<Finder> finder;

    /** A tagger with the shipped model ({@link OpenNlpModels#names()}). */
    public OpenNlpNameTagger() {
        this(OpenNlpModels.names());
    }

    /** @param model a loaded name finder model, see {@link OpenNlpModels} */
    public OpenNlpNameTagger(TokenNameFinderModel model) {
        this(model, true);
    }

    /**
     * @param model a loaded name finder model
     * @param fast  decode with {@link MaxentNameDecoder} where it supports the model (same
     *              results as {@link NameFinderME}, faster); false always uses {@code NameFinderME}
     */
    OpenNlpNameTagger(TokenNameFinderModel model, boolean fast) {
        MaxentNameDecoder decoder = fast ? MaxentNameDecoder.of(model) : null;
        this.finder = decoder != null
                ? ThreadLocal.withInitial(() -> new FastFinder(decoder.session()))
                : ThreadLocal.withInitial(() -> new MeFinder(new NameFinderME(model)));
    }

    /** Tags the words as one sentence, with no memory of earlier calls. */
    @Override
    public List<NameSpan> tag(List<String> words) {
        return tagSentences(List.of(words));
    }

    @Override
    public List<NameSpan> tagSentences(List<List<String>> sentences) {
        Finder me = finder.get();
        me.clear();
        List<NameSpan> out = new ArrayList<>();
        int offset = 0;
        try {
            for (List<String> sentence : sentences) {
                if (sentence.isEmpty()) {
                    continue;
                }
                for (Span span : me.find(sentence.toArray(new String[0]))) {
                    NameLabel label = toLabel(span.getType());
                    if (label != null) {
                        double p = Math.max(0.0, Math.min(1.0, span.getProb()));
                        out.add(new NameSpan(offset + span.getStart(), offset + span.getEnd(), label, p));
                    }
                }
                offset += sentence.size();
            }
        } finally {
            me.clear();
        }
        return out;
    }

    /** One thread's name finder. */
    private interface Finder {
        /** Returns the names of one sentence, each with its probability; remembers the sentence. */
        Span[] find(String[] tokens);

        /** Forgets the document seen so far. */
        void clear();
    }

    private record FastFinder(MaxentNameDecoder.Session session) implements Finder {
        @Override
        public Span[] find(String[] tokens) {
            return session.find(tokens);
        }

        @Override
        public void clear() {
            session.clear();
        }
    }

    private record MeFinder(NameFinderME me) implements Finder {
        @Override
        public Span[] find(String[] tokens) {
            Span[] spans = me.find(tokens);
            double[] probs = me.probs(spans);
            for (int i = 0; i < spans.length; i++) {
                spans[i] = new Span(spans[i], probs[i]);
            }
            return spans;
        }

        @Override
        public void clear() {
            me.clearAdaptiveData();
        }
    }

    /** Maps a model's name type to ours; null for types we do not use. */
    static NameLabel toLabel(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "PER", "PERSON", "person" -> NameLabel.PER;
            case "LOC", "LOCATION", "location" -> NameLabel.LOC;
            case "ORG", "ORGANIZATION", "organization" -> NameLabel.ORG;
            case "MISC", "misc" -> NameLabel.MISC;
            default -> null;
        };
    }
}
