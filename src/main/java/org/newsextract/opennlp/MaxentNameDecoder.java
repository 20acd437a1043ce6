package org.newsextract.opennlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Decodes with an OpenNLP maximum-entropy (GIS) name finder model exactly as
 * {@link NameFinderME} does (same features, same probabilities, same beam search, same
 * adaptive data), only faster: {@code NameFinderME}'s beam search asks the model for every
 * candidate sequence at every token, looking every feature of the token up again for each; this
 * decoder looks a token's features up once and adds, per candidate, only the four features
 * that depend on the previous outcomes ({@code po}, {@code pow}, {@code powf}, {@code ppo} of
 * OpenNLP's {@code DefaultNameContextGenerator}).
 *
 * <p>Immutable and thread-safe; the per-document state lives in a {@link Session}, which is
 * not thread-safe (one per thread).
 */
final class MaxentNameDecoder {
    private static final String OTHER = NameFinderME.OTHER;
    private static final String[] NO_STRINGS = new String[0];

    private final TokenNameFinderModel model;
    private final Map<String, Context> index;
    private final String[] outcomes;
    private final int beam;
    private final int other;
    /** valid[prev + 1][o]: may outcome o follow outcome prev (prev = -1 at the sentence start)? */
    private final boolean[][] valid;
    private final Context[] poFeature;
    private final Context[] ppoFeature;

    private MaxentNameDecoder(TokenNameFinderModel model, GISModel maxent) {
        this.model = model;
        Object[] data = maxent.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        this.index = pmap;
        this.outcomes = ((String[]) data[2]).clone();
        int b = 3;
        String beamSize = model.getManifestProperty("BeamSize");
        if (beamSize != null) {
            b = Integer.parseInt(beamSize.strip());
        }
        this.beam = Math.max(1, b);
        int o = -1;
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i].equals(OTHER)) {
                o = i;
            }
        }
        if (o < 0) {
            throw new IllegalArgumentException("the model has no '" + OTHER + "' outcome");
        }
        this.other = o;
        SequenceValidator<String> validator = model.getFactory().createSequenceCodec().createSequenceValidator();
        String[] dummy = {"x", "x"};
        this.valid = new boolean[outcomes.length + 1][outcomes.length];
        for (int next = 0; next < outcomes.length; next++) {
            valid[0][next] = validator.validSequence(0, dummy, NO_STRINGS, outcomes[next]);
            for (int prev = 0; prev < outcomes.length; prev++) {
                valid[prev + 1][next] = validator.validSequence(1, dummy, new String[]{outcomes[prev]}, outcomes[next]);
            }
        }
        this.poFeature = new Context[outcomes.length];
        this.ppoFeature = new Context[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            poFeature[i] = indexOf("po=" + outcomes[i]);
            ppoFeature[i] = indexOf("ppo=" + outcomes[i]);
        }
    }

    /**
     * Returns a decoder for the model, or null when this decoder cannot reproduce
     * {@link NameFinderME} on it (a model that is not GIS maximum entropy, or whose outcome
     * coding is not BIO, whose validity depends on more than the previous outcome).
     */
    static MaxentNameDecoder of(TokenNameFinderModel model) {
        Object artifact = model.getArtifact("nameFinder.model");
        SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
        if (artifact instanceof GISModel gis && codec instanceof BioCodec) {
            return new MaxentNameDecoder(model, gis);
        }
        return null;
    }

    private Context indexOf(String feature) {
        return index.get(feature);
    }

    /** Returns per-thread, per-document decoding state. */
    Session session() {
        return new Session();
    }

    /** Decoding state: the feature generators' adaptive (document-level) data. Not thread-safe. */
    final class Session {
        private final NameContextGenerator contexts = model.getFactory().createContextGenerator();
        private final SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
        private double[] stat = new double[64 * outcomes.length];
        private double[] probs = new double[64];
        private final double[] scores = new double[outcomes.length];
        private final double[] sorted = new double[outcomes.length];

        /** Forgets the adaptive data (call between documents). */
        void clear() {
            contexts.clearAdaptiveData();
        }

        /**
         * Finds the names in one sentence and updates the adaptive data with its outcomes.
         *
         * @param tokens the sentence's words
         * @return the names, each with the mean probability of its tokens' outcomes
         */
        Span[] find(String[] tokens) {
            int n = tokens.length;
            int k = outcomes.length;
            if (stat.length < n * k) {
                stat = new double[Math.max(n * k, stat.length * 2)];
                probs = new double[Math.max(n, probs.length * 2)];
            }
            // 1. Features that do not depend on earlier outcomes, summed once per token.
            Arrays.fill(stat, 0, n * k, 0.0);
            for (int t = 0; t < n; t++) {
                for (String f : contexts.getContext(t, tokens, null, null)) {
                    Context fi = index.get(f);
                    if (fi != null) {
                        add(fi, stat, t * k);
                    }
                }
            }
            // 2. Beam search, as opennlp.tools.ml.BeamSearch.
            List<Node> prev = new ArrayList<>(beam);
            List<Node> next = new ArrayList<>(beam * beam);
            prev.add(null);
            for (int t = 0; t < n; t++) {
                String word = tokens[t];
                String wordClass = null;
                int expand = Math.min(beam, prev.size());
                for (int c = 0; c < expand; c++) {
                    Node top = prev.get(c);
                    int po = top == null ? other : top.outcome;
                    int ppo = top == null || top.parent == null ? other : top.parent.outcome;
                    System.arraycopy(stat, t * k, scores, 0, k);
                    addFeature(poFeature[po]);
                    addFeature(indexOf("pow=" + outcomes[po] + "," + word));
                    if (wordClass == null) {
                        wordClass = FeatureGeneratorUtil.tokenFeature(word);
                    }
                    addFeature(indexOf("powf=" + outcomes[po] + "," + wordClass));
                    addFeature(ppoFeature[ppo]);
                    double normal = 0.0;
                    for (int o = 0; o < k; o++) {
                        scores[o] = StrictMath.exp(scores[o]);
                        normal += scores[o];
                    }
                    for (int o = 0; o < k; o++) {
                        scores[o] /= normal;
                    }
                    System.arraycopy(scores, 0, sorted, 0, k);
                    Arrays.sort(sorted);
                    double min = sorted[Math.max(0, k - beam)];
                    boolean[] allowed = valid[top == null ? 0 : top.outcome + 1];
                    int added = 0;
                    for (int o = 0; o < k; o++) {
                        if (scores[o] >= min && allowed[o]) {
                            next.add(new Node(top, o, scores[o]));
                            added++;
                        }
                    }
                    if (added == 0) {
                        for (int o = 0; o < k; o++) {
                            if (allowed[o]) {
                                next.add(new Node(top, o, scores[o]));
                            }
                        }
                    }
                }
                next.sort(null);
                List<Node> swap = prev;
                prev = next;
                next = swap;
                next.clear();
            }
            Node best = prev.get(0);
            String[] path = new String[n];
            for (int t = n - 1; t >= 0; t--) {
                path[t] = outcomes[best.outcome];
                probs[t] = best.prob;
                best = best.parent;
            }
            contexts.updateAdaptiveData(tokens, path);
            Span[] spans = codec.decode(Arrays.asList(path));
            for (int i = 0; i < spans.length; i++) {
                double p = 0;
                for (int t = spans[i].getStart(); t < spans[i].getEnd(); t++) {
                    p += probs[t];
                }
                spans[i] = new Span(spans[i], p / spans[i].length());
            }
            return spans;
        }

        private void addFeature(Context feature) {
            if (feature != null) {
                add(feature, scores, 0);
            }
        }
    }

    private static void add(Context c, double[] into, int offset) {
        int[] os = c.getOutcomes();
        double[] ps = c.getParameters();
        for (int j = 0; j < os.length; j++) {
            into[offset + os[j]] += ps[j] * 1.0f;
        }
    }

    /** A candidate sequence: its last outcome, that outcome's probability and the log score. */
    private static final class Node implements Comparable<Node> {
        final Node parent;
        final int outcome;
        final double prob;
        final double score;

        Node(Node parent, int outcome, double prob) {
            this.parent = parent;
            this.outcome = outcome;
            this.prob = prob;
            this.score = (parent == null ? 0.0 : parent.score) + StrictMath.log(prob);
        }

        @Override
        public int compareTo(Node o) {
            return Double.compare(o.score, score);
        }
    }
}
