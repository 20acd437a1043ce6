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
 * OpenNLP's {@code DefaultNameContextGenerator}), from a compact copy of the model's
 * parameters ({@link FeatureTable}) rather than its {@code HashMap} of objects. Only GIS
 * models with BIO coding are supported ({@link #of(TokenNameFinderModel)}).
 *
 * <p>Immutable and thread-safe; the per-document state lives in a {@link Session}, which is
 * not thread-safe (one per thread).
 */
final class MaxentNameDecoder {
    private static final String OTHER = NameFinderME.OTHER;
    private static final String[] NO_STRINGS = new String[0];
    private static final int UNKNOWN = -2;

    private final TokenNameFinderModel model;
    private final FeatureTable table;
    private final String[] outcomes;
    private final int beam;
    private final int other;
    /** valid[prev + 1][o]: may outcome o follow outcome prev (prev = -1 at the sentence start)? */
    private final boolean[][] valid;
    private final int[] poFeature;
    private final int[] ppoFeature;

    private MaxentNameDecoder(TokenNameFinderModel model, GISModel maxent) {
        this.model = model;
        Object[] data = maxent.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        this.table = new FeatureTable(pmap);
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
        this.poFeature = new int[outcomes.length];
        this.ppoFeature = new int[outcomes.length];
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

    private int indexOf(String feature) {
        return table.find(feature);
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
        private final int[] powHandle = new int[outcomes.length];
        private final int[] powfHandle = new int[outcomes.length];

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
                    table.add(table.find(f), stat, t * k);
                }
            }
            // 2. Beam search, as opennlp.tools.ml.BeamSearch.
            List<Node> prev = new ArrayList<>(beam);
            List<Node> next = new ArrayList<>(beam * beam);
            prev.add(null);
            for (int t = 0; t < n; t++) {
                String word = tokens[t];
                String wordClass = null;
                Arrays.fill(powHandle, UNKNOWN);
                int expand = Math.min(beam, prev.size());
                for (int c = 0; c < expand; c++) {
                    Node top = prev.get(c);
                    int po = top == null ? other : top.outcome;
                    int ppo = top == null || top.parent == null ? other : top.parent.outcome;
                    System.arraycopy(stat, t * k, scores, 0, k);
                    addFeature(poFeature[po]);
                    if (powHandle[po] == UNKNOWN) {
                        if (wordClass == null) {
                            wordClass = FeatureGeneratorUtil.tokenFeature(word);
                        }
                        powHandle[po] = indexOf("pow=" + outcomes[po] + "," + word);
                        powfHandle[po] = indexOf("powf=" + outcomes[po] + "," + wordClass);
                    }
                    addFeature(powHandle[po]);
                    addFeature(powfHandle[po]);
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

        private void addFeature(int feature) {
            table.add(feature, scores, 0);
        }
    }

    /**
     * The model's parameters in flat arrays behind an open-addressing table of 64-bit feature
     * fingerprints: a look-up touches two or three cache lines instead of the half dozen objects
     * of a {@code HashMap<String, Context>} entry. Two different features share a fingerprint
     * with a probability of about one in 2^40 for a model of a million features.
     */
    private static final class FeatureTable {
        private final long[] slots; // per slot: fingerprint, then (start << 8 | count)
        private final int mask;
        private final int[] outcomeOf;
        private final double[] parameter;

        FeatureTable(Map<String, Context> features) {
            int capacity = Integer.highestOneBit(Math.max(16, features.size() * 2 - 1)) << 1;
            this.slots = new long[capacity * 2];
            this.mask = capacity - 1;
            int total = 0;
            for (Context c : features.values()) {
                total += c.getOutcomes().length;
            }
            this.outcomeOf = new int[total];
            this.parameter = new double[total];
            int next = 0;
            for (Map.Entry<String, Context> e : features.entrySet()) {
                int[] os = e.getValue().getOutcomes();
                double[] ps = e.getValue().getParameters();
                if (os.length > 255) {
                    throw new IllegalArgumentException("a feature has more than 255 outcomes");
                }
                long h = fingerprint(e.getKey());
                int slot = (int) h & mask;
                while (slots[2 * slot] != 0) {
                    if (slots[2 * slot] == h) {
                        throw new IllegalArgumentException("two features share a fingerprint: " + e.getKey());
                    }
                    slot = (slot + 1) & mask;
                }
                slots[2 * slot] = h;
                slots[2 * slot + 1] = ((long) next << 8) | os.length;
                System.arraycopy(os, 0, outcomeOf, next, os.length);
                System.arraycopy(ps, 0, parameter, next, ps.length);
                next += os.length;
            }
        }

        /** Returns the feature's handle, or -1 when the model does not know it. */
        int find(String feature) {
            long h = fingerprint(feature);
            int slot = (int) h & mask;
            long k;
            while ((k = slots[2 * slot]) != 0) {
                if (k == h) {
                    return slot;
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        /** Adds a feature's parameters to the outcome scores at {@code into[offset + outcome]}. */
        void add(int handle, double[] into, int offset) {
            if (handle < 0) {
                return;
            }
            long v = slots[2 * handle + 1];
            int start = (int) (v >>> 8);
            int end = start + (int) (v & 0xFF);
            for (int j = start; j < end; j++) {
                into[offset + outcomeOf[j]] += parameter[j] * 1.0f; // as OpenNLP: parameter × value 1
            }
        }

        /** A 64-bit hash of the string, never 0. */
        static long fingerprint(String s) {
            long h = 0xcbf29ce484222325L ^ s.length();
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h == 0 ? 1 : h;
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
