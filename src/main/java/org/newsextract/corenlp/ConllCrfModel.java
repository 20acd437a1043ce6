package org.newsextract.corenlp;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.AmericanizeFunction;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;

/**
 * The parts of a CoreNLP linear-chain CRF that {@link ConllCrfFeatures} and {@link CrfChainDecoder}
 * need, taken out of a loaded {@link CRFClassifier}: feature names and their weights, the label
 * columns of the weight matrix, the word-cluster (distsim) lexicon and the known lowercase words
 * that word shapes consult. Immutable and shared by every thread.
 *
 * <p>Supported: the feature configuration of CoreNLP's {@code english.conll.4class.distsim}
 * model and the variants of it that CoreNLP's {@code english.all.3class.distsim} and
 * {@code english.muc.7class.distsim} models use (another word shape, disjunction width and
 * n-gram length, no title feature; see {@link #VARIANT_FLAGS}). {@link #from} checks every flag
 * that reaches feature extraction and returns empty for any other configuration, so a different
 * model falls back to CoreNLP's own code rather than being decoded with the wrong features.
 * {@code CrfEquivalenceTest} checks that features, labels and probabilities equal CoreNLP's on
 * real text for each model the engines use.
 */
final class ConllCrfModel {
    /**
     * Flags of the supported model that differ from {@link SeqClassifierFlags}'s defaults and
     * change what the feature factory produces at test time; every other such flag must keep
     * its default.
     */
    private static final Map<String, String> EXPECTED_FLAGS = Map.ofEntries(
            Map.entry("useNGrams", "true"), Map.entry("noMidNGrams", "true"),
            Map.entry("usePrev", "true"), Map.entry("useNext", "true"), Map.entry("usePrevSequences", "true"),
            Map.entry("useTypeSeqs", "true"), Map.entry("useTypeSeqs2", "true"),
            Map.entry("useDisjunctive", "true"),
            Map.entry("useClassFeature", "true"), Map.entry("useLastRealWord", "true"),
            Map.entry("useNextRealWord", "true"), Map.entry("useOccurrencePatterns", "true"),
            Map.entry("useTypeySequences", "true"), Map.entry("maxLeft", "1"),
            Map.entry("useObservedSequencesOnly", "true"), Map.entry("useDistSim", "true"),
            Map.entry("numberEquivalenceDistSim", "true"),
            Map.entry("unknownWordDistSimClass", "0"), Map.entry("maxAdditionalKnownLCWords", "0"));

    /**
     * Flags whose value the decoder reads from the model instead of requiring one: the word
     * shape function (CoreNLP's {@code WordShapeClassifier} constant, one of {@link #SHAPES}),
     * how many words either side the disjunctive features see, the longest character n-gram
     * (-1 for none; n-grams longer than any feature of the model are never looked up, so any
     * value is decoded correctly) and whether "Mr"-like titles are a feature.
     */
    private static final Set<String> VARIANT_FLAGS = Set.of("wordShape", "disjunctionWidth", "maxNGramLeng", "useTitle");

    /** The word shape functions the supported models use: dan2useLC (CoNLL) and chris2useLC (3class, 7class). */
    private static final Set<Integer> SHAPES = Set.of(
            edu.stanford.nlp.process.WordShapeClassifier.WORDSHAPEDAN2USELC,
            edu.stanford.nlp.process.WordShapeClassifier.WORDSHAPECHRIS2USELC);

    /** The widest disjunction window accepted (the models use 4 and 5). */
    private static final int MAX_DISJUNCTION_WIDTH = 10;

    /**
     * Flags that only matter for training, for reading files, or that CoreNLP itself sets while
     * classifying: their values are not checked (the word function is checked by its class).
     */
    private static final Set<String> UNCHECKED_FLAGS = Set.of("sigma", "featureDiffThresh",
            "numTimesPruneFeatures", "multiThreadGrad", "saveFeatureIndexToDisk", "loadClassifier", "map",
            "distSimLexicon", "dict2name", "normalize", "type", "inferenceType", "useLongSequences",
            "wordFunction", "trainFileList");

    /**
     * How many distinct words {@link #words} keeps; later words are computed each time. The
     * 31,582 distinct tokens of PolNeAR train (727,603 tokens) took 7.4 MB, 235 bytes a word, so
     * the cap is about 25 MB.
     */
    static final int MAX_CACHED_WORDS = 100_000;

    /** What each word seen so far contributes to the features: a cache, shared by all threads, of a pure function. */
    final Map<String, ConllCrfFeatures.Word> words = new ConcurrentHashMap<>();

    final FeatureTable features;
    /**
     * All weights in one array, a feature's weights from {@code offset[feature]} on, in label
     * order: a node feature has one per label, an edge feature one per label pair
     * (previous * labels + label; 0 for pairs never seen in training). One contiguous read per
     * feature instead of CoreNLP's row per feature and column lookups.
     */
    final float[] weights;
    final int[] offset;
    final String[] labels;
    final int background;
    /** nodeColumn[label]: the weight column of a node feature for that label. */
    final int[] nodeColumn;
    /** pairColumn[previous * labels + label]: the weight column of an edge feature, or -1 for a pair never seen in training. */
    final int[] pairColumn;
    final Collection<String> knownLowercaseWords;
    final Map<String, String> distSim;
    final String unknownDistSim;
    /** CoreNLP's word shape function ({@code WordShapeClassifier} constant). */
    final int wordShape;
    /** How many words either side the disjunctive features see. */
    final int disjunctionWidth;
    /** Whether "Mr", "Dr" and the like give the IS_TITLE feature. */
    final boolean useTitle;

    private ConllCrfModel(FeatureTable features, float[] weights, int[] offset, String[] labels, int background,
                          int[] nodeColumn, int[] pairColumn, Collection<String> knownLowercaseWords,
                          Map<String, String> distSim, String unknownDistSim, int wordShape, int disjunctionWidth,
                          boolean useTitle) {
        this.features = features;
        this.weights = weights;
        this.offset = offset;
        this.labels = labels;
        this.background = background;
        this.nodeColumn = nodeColumn;
        this.pairColumn = pairColumn;
        this.knownLowercaseWords = knownLowercaseWords;
        this.distSim = distSim;
        this.unknownDistSim = unknownDistSim;
        this.wordShape = wordShape;
        this.disjunctionWidth = disjunctionWidth;
        this.useTitle = useTitle;
    }

    /**
     * Builds a model from its parts, as {@link CrfModelFile} reads them.
     *
     * @param names   feature names; feature {@code f}'s weights follow those of feature {@code f - 1}
     *                in {@code weights}: one per label, or one per label pair for an edge feature
     * @param weights all weights, in the order of {@code names}
     * @throws IllegalArgumentException if the parts do not fit together
     */
    static ConllCrfModel of(List<String> names, float[] weights, String[] labels, int background,
                            int[] nodeColumn, int[] pairColumn, Collection<String> knownLowercaseWords,
                            Map<String, String> distSim, String unknownDistSim, int wordShape,
                            int disjunctionWidth, boolean useTitle) {
        int n = labels.length;
        int[] offset = new int[names.size()];
        long total = 0;
        for (int f = 0; f < names.size(); f++) {
            offset[f] = (int) total;
            total += isEdge(names.get(f)) ? n * n : n;
            if (total > weights.length) {
                break;
            }
        }
        if (total != weights.length) {
            throw new IllegalArgumentException(weights.length + " weights for " + names.size() + " features of "
                    + n + " labels");
        }
        if (!SHAPES.contains(wordShape) || disjunctionWidth < 1 || disjunctionWidth > MAX_DISJUNCTION_WIDTH) {
            throw new IllegalArgumentException("unsupported word shape " + wordShape + " or disjunction width "
                    + disjunctionWidth);
        }
        return new ConllCrfModel(new FeatureTable(names), weights, offset, labels, background, nodeColumn,
                pairColumn, knownLowercaseWords, distSim, unknownDistSim, wordShape, disjunctionWidth, useTitle);
    }

    /** Returns a classifier's feature names in the order of its weight rows. */
    @SuppressWarnings("unchecked")
    static List<String> featureNames(CRFClassifier<CoreLabel> crf) {
        try {
            return featureNames((Index<String>) field(CRFClassifier.class, "featureIndex").get(crf));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the classifier's feature index", e);
        }
    }

    /**
     * Takes the supported model's parts out of a classifier.
     *
     * @return the model, or empty (with the reason in {@code why[0]} when given) if the
     *         classifier's configuration is not the supported one
     */
    @SuppressWarnings("unchecked")
    static Optional<ConllCrfModel> from(CRFClassifier<CoreLabel> crf, String[] why) {
        String problem = unsupported(crf);
        if (problem != null) {
            if (why != null && why.length > 0) {
                why[0] = problem;
            }
            return Optional.empty();
        }
        try {
            Index<String> featureIndex = (Index<String>) field(CRFClassifier.class, "featureIndex").get(crf);
            float[][] weights = (float[][]) field(CRFClassifier.class, "weights").get(crf);
            List<Index<CRFLabel>> labelIndices =
                    (List<Index<CRFLabel>>) field(CRFClassifier.class, "labelIndices").get(crf);
            Collection<String> known =
                    (Collection<String>) field(AbstractSequenceClassifier.class, "knownLCWords").get(crf);
            Map<String, String> lexicon =
                    (Map<String, String>) field(NERFeatureFactory.class, "lexicon").get(crf.featureFactories.get(0));
            if (featureIndex == null || weights == null || labelIndices == null || labelIndices.size() != 2
                    || lexicon == null) {
                return fail(why, "the classifier is missing its feature index, weights, label indices or lexicon");
            }
            List<String> names = featureNames(featureIndex);
            int n = crf.classIndex.size();
            String[] labels = new String[n];
            for (int i = 0; i < n; i++) {
                labels[i] = crf.classIndex.get(i);
            }
            int[] nodeColumn = new int[n];
            Arrays.fill(nodeColumn, -1);
            Index<CRFLabel> nodes = labelIndices.get(0);
            for (int k = 0; k < nodes.size(); k++) {
                nodeColumn[nodes.get(k).getLabel()[0]] = k;
            }
            int[] pairColumn = new int[n * n];
            Arrays.fill(pairColumn, -1);
            Index<CRFLabel> pairs = labelIndices.get(1);
            for (int k = 0; k < pairs.size(); k++) {
                int[] pair = pairs.get(k).getLabel();
                pairColumn[pair[0] * n + pair[1]] = k;
            }
            for (int c : nodeColumn) {
                if (c < 0) {
                    return fail(why, "a label has no node weights");
                }
            }
            if (weights.length != names.size()) {
                return fail(why, weights.length + " weight rows for " + names.size() + " features");
            }
            for (int f = 0; f < names.size(); f++) {
                int expected = isEdge(names.get(f)) ? pairs.size() : nodes.size();
                if (!names.get(f).endsWith("|C") && !isEdge(names.get(f)) || weights[f].length != expected) {
                    return fail(why, "feature '" + names.get(f) + "' has " + weights[f].length + " weights");
                }
            }
            int background = crf.classIndex.indexOf(crf.flags.backgroundSymbol);
            float[] flat = flatten(names, weights, n, nodeColumn, pairColumn);
            SeqClassifierFlags flags = crf.flags;
            return Optional.of(of(names, flat, labels, background, nodeColumn, pairColumn,
                    known == null ? Set.of() : known, lexicon, flags.unknownWordDistSimClass,
                    flags.wordShape, flags.disjunctionWidth, flags.useTitle));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return fail(why, "cannot read the classifier's parts: " + e);
        }
    }

    /**
     * All weights in one array in feature order, each feature's in label order: a node feature
     * one per label, an edge feature one per label pair (0 for pairs never seen in training).
     */
    private static float[] flatten(List<String> names, float[][] rows, int n, int[] nodeColumn, int[] pairColumn) {
        int total = 0;
        for (String name : names) {
            total += isEdge(name) ? n * n : n;
        }
        float[] flat = new float[total];
        int at = 0;
        for (int f = 0; f < rows.length; f++) {
            float[] row = rows[f];
            if (isEdge(names.get(f))) {
                for (int q = 0; q < n * n; q++) {
                    flat[at++] = pairColumn[q] < 0 ? 0f : row[pairColumn[q]];
                }
            } else {
                for (int y = 0; y < n; y++) {
                    flat[at++] = row[nodeColumn[y]];
                }
            }
        }
        return flat;
    }

    private static List<String> featureNames(Index<String> featureIndex) {
        List<String> names = new ArrayList<>(featureIndex.size());
        for (int i = 0; i < featureIndex.size(); i++) {
            names.add(featureIndex.get(i));
        }
        return names;
    }

    /** Edge (label-pair) features are the ones CoreNLP names with the suffix of its CpC clique. */
    private static boolean isEdge(String feature) {
        return feature.endsWith("|CpC");
    }

    private static Optional<ConllCrfModel> fail(String[] why, String problem) {
        if (why != null && why.length > 0) {
            why[0] = problem;
        }
        return Optional.empty();
    }

    /** Returns why the classifier's configuration is not the supported one, or null if it is. */
    private static String unsupported(CRFClassifier<CoreLabel> crf) {
        if (crf.windowSize != 2) {
            return "window size " + crf.windowSize + ", not 2";
        }
        if (crf.featureFactories == null || crf.featureFactories.size() != 1
                || crf.featureFactories.get(0).getClass() != NERFeatureFactory.class) {
            return "feature factories " + crf.featureFactories + ", not one NERFeatureFactory";
        }
        SeqClassifierFlags flags = crf.flags;
        if (!(flags.wordFunction instanceof AmericanizeFunction)) {
            return "word function " + flags.wordFunction + ", not Americanize";
        }
        if (!SHAPES.contains(flags.wordShape)) {
            return "word shape " + flags.wordShape + ", not one of " + SHAPES;
        }
        if (flags.disjunctionWidth < 1 || flags.disjunctionWidth > MAX_DISJUNCTION_WIDTH) {
            return "disjunction width " + flags.disjunctionWidth;
        }
        SeqClassifierFlags defaults = new SeqClassifierFlags();
        for (Field f : SeqClassifierFlags.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) || UNCHECKED_FLAGS.contains(f.getName())
                    || VARIANT_FLAGS.contains(f.getName())) {
                continue;
            }
            try {
                String actual = show(f.get(flags));
                String expected = EXPECTED_FLAGS.getOrDefault(f.getName(), show(f.get(defaults)));
                if (!actual.equals(expected)) {
                    return "flag " + f.getName() + "=" + actual + ", expected " + expected;
                }
            } catch (IllegalAccessException e) {
                return "cannot read flag " + f.getName();
            }
        }
        return null;
    }

    private static String show(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.deepToString(array);
        }
        if (value instanceof int[] array) {
            return Arrays.toString(array);
        }
        if (value instanceof double[] array) {
            return Arrays.toString(array);
        }
        if (value instanceof boolean[] array) {
            return Arrays.toString(array);
        }
        return String.valueOf(value);
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
