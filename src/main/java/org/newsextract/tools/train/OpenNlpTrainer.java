package org.newsextract.tools.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.newsextract.nlp.Resources;
import org.newsextract.text.TokenizedText;
import org.newsextract.tools.eval.ConllDocument;

/**
 * Trains the OpenNLP name finder on CoNLL-2003 data: the gold tag is each line's last column
 * (IOB1 or IOB2), every sentence is one training sample, and the finder's adaptive
 * (document-level) data is cleared at each {@code -DOCSTART-}, exactly as
 * {@link org.newsextract.opennlp.OpenNlpNameTagger} clears it between documents. Words are
 * {@linkplain TokenizedText#normalizeWord(String) normalized} as the pipeline normalizes them.
 *
 * <p>Instances are immutable values; {@link #train(List)} is thread-safe but uses
 * {@link Options#threads()} threads of its own.
 */
public final class OpenNlpTrainer {
    /** The feature generator descriptor used when none is given (a class-path resource). */
    public static final String DEFAULT_FEATURES = "org/newsextract/opennlp/ner-features.xml";

    /**
     * Training options.
     *
     * @param types      the entity types to learn (others in the data become O), e.g. PER, LOC, ORG
     * @param algorithm  OpenNLP trainer: {@code MAXENT} (GIS), {@code MAXENT_QN} (L-BFGS) or
     *                   {@code PERCEPTRON}
     * @param iterations training iterations
     * @param cutoff     features seen fewer times are dropped
     * @param threads    trainer threads (GIS and L-BFGS use them)
     * @param bilou      BILOU outcome coding rather than BIO
     * @param features   the feature generator descriptor (OpenNLP XML)
     */
    public record Options(Set<String> types, String algorithm, int iterations, int cutoff, int threads,
                          boolean bilou, byte[] features) {
        public Options {
            if (types == null || types.isEmpty()) {
                throw new IllegalArgumentException("at least one entity type is needed");
            }
            if (iterations < 1 || cutoff < 0 || threads < 1) {
                throw new IllegalArgumentException("iterations and threads must be at least 1, cutoff at least 0");
            }
            types = Set.copyOf(types);
            features = features.clone();
        }

        /** Returns a copy of the feature generator descriptor. */
        @Override
        public byte[] features() {
            return features.clone();
        }

        /** Returns the descriptor {@link #DEFAULT_FEATURES}. */
        public static byte[] defaultFeatures() {
            try (InputStream in = Resources.open(DEFAULT_FEATURES)) {
                if (in == null) {
                    throw new IllegalStateException(DEFAULT_FEATURES + " is not on the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + DEFAULT_FEATURES + ": " + e.getMessage(), e);
            }
        }
    }

    private final Options options;

    /** @param options the training options */
    public OpenNlpTrainer(Options options) {
        this.options = options;
    }

    /**
     * Trains a model.
     *
     * @param documents gold CoNLL documents (tags in the last column)
     * @return the trained model
     * @throws IOException              if OpenNLP's training fails on its streams
     * @throws IllegalArgumentException if the feature descriptor is invalid or no sample has a name
     */
    public TokenNameFinderModel train(List<ConllDocument> documents) throws IOException {
        List<NameSample> samples = samples(documents, options.types());
        if (samples.stream().noneMatch(s -> s.getNames().length > 0)) {
            throw new IllegalArgumentException("the training data has no names of types " + options.types());
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, options.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, options.threads());
        SequenceCodec<String> codec = options.bilou() ? new BilouCodec() : new BioCodec();
        TokenNameFinderFactory factory;
        try {
            factory = TokenNameFinderFactory.create(null, options.features(), Map.of(), codec);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("invalid feature generator descriptor: " + e.getMessage(), e);
        }
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
    }

    /** Writes a model to a stream (the stream is not closed). */
    public static void write(TokenNameFinderModel model, OutputStream out) throws IOException {
        model.serialize(out);
    }

    /**
     * Turns gold CoNLL documents into OpenNLP samples, one per sentence, keeping names of the
     * given types.
     *
     * @throws IllegalArgumentException if a token line has no tag column
     */
    static List<NameSample> samples(List<ConllDocument> documents, Set<String> types) {
        List<NameSample> out = new ArrayList<>();
        for (ConllDocument doc : documents) {
            int token = 0;
            boolean first = true;
            for (List<String> sentence : doc.sentences()) {
                String[] words = new String[sentence.size()];
                String[] tags = new String[sentence.size()];
                for (int i = 0; i < words.length; i++, token++) {
                    words[i] = TokenizedText.normalizeWord(sentence.get(i));
                    String[] cols = doc.lines().get(doc.tokenLine().get(token)).strip().split("\\s+");
                    if (cols.length < 2) {
                        throw new IllegalArgumentException("token '" + cols[0] + "' has no tag column");
                    }
                    tags[i] = cols[cols.length - 1];
                }
                out.add(new NameSample(words, spans(tags, types), first));
                first = false;
            }
        }
        return out;
    }

    /** Reads names from IOB1 or IOB2 tags: a B- tag or a change of type starts a new name. */
    static Span[] spans(String[] tags, Set<String> types) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.length; i++) {
            String tag = i < tags.length ? tags[i].toUpperCase(Locale.ROOT) : "O";
            String t = tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")) ? tag.substring(2) : null;
            boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type));
            if (type != null && (t == null || begins)) {
                if (types.contains(type)) {
                    out.add(new Span(start, i, type));
                }
                type = null;
            }
            if (t != null && begins) {
                start = i;
                type = t;
            }
        }
        return out.toArray(new Span[0]);
    }
}
