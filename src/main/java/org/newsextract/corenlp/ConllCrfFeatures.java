package org.newsextract.corenlp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.process.Americanize;
import edu.stanford.nlp.process.WordShapeClassifier;

/**
 * The features CoreNLP's {@code NERFeatureFactory} computes for the CoNLL 4-class model (and
 * the 3-class and 7-class models, which differ only in the settings {@link ConllCrfModel} reads), as
 * indices into the model's weights, for one token sequence. Same features, same names, same
 * padding quirks (a missing word-cluster before the first token is the string "null" in node
 * features and empty in edge features, exactly as CoreNLP writes them), but each name is
 * assembled in one reused buffer and looked up by its characters ({@link FeatureTable}), and
 * everything that depends only on a word is computed once per distinct word and cached in the
 * model ({@link ConllCrfModel#words}).
 *
 * <p>Node (one-label) features of position i: the word's cluster, title flag, the word,
 * a bias, its character prefixes and suffixes ("n-grams"), its shape; the previous and next
 * words, clusters and shapes; shape/word conjunctions; the word two back or ahead when the one
 * between is short; whether a capitalized word recurs within 3 to 149 tokens; and the words up
 * to four tokens away on either side. Edge (label-pair) features: a bias, the current and
 * previous words, clusters and shapes and their pairs, and the next word's shape.
 *
 * <p>One instance per call; not thread-safe (the model it reads is).
 */
final class ConllCrfFeatures {
    /** CoreNLP's title pattern: (?:Mr|Ms|Mrs|Dr|Miss|Sen|Judge|Sir)\.? */
    private static final Set<String> TITLES = Set.of("Mr", "Ms", "Mrs", "Dr", "Miss", "Sen", "Judge", "Sir",
            "Mr.", "Ms.", "Mrs.", "Dr.", "Miss.", "Sen.", "Judge.", "Sir.");
    private static final int OCCURRENCE_MIN = 3;
    private static final int OCCURRENCE_MAX = 149;

    private final ConllCrfModel model;
    private final StringBuilder name = new StringBuilder(64);
    private int[] buffer = new int[256];
    private int size;

    /**
     * What one word contributes wherever it occurs: its own features and its features as a
     * neighbour. A pure function of the word and the model, so it is cached across calls and
     * threads ({@link ConllCrfModel#words}) without making any result depend on what was tagged
     * before. Written only before it is published through the cache.
     */
    static final class Word {
        String text;      // after Americanize, as the feature factory sees it
        String shape;     // as node features read it ("" for the padding)
        String clusterC;  // word cluster as node features print it ("null" for the padding)
        String clusterE;  // word cluster as edge features print it ("" for the padding)
        int[] own;        // node features of the word itself
        int asPrevWord, asNextWord, asDisjNext, asDisjPrev, asPrevCluster, asNextCluster, asPrevShape, asNextShape;
        int edgeWord, edgePrevWord, edgePrevCluster, edgeCluster, edgePrevShape, edgeShape, edgeShapeTps2,
                edgeNextShape;
    }

    private final Word padding;
    private final int bias;
    private final int edgeBias;
    private final int noOccurrence;
    private final int nextOccurrence;
    private final int prevOccurrence;

    ConllCrfFeatures(ConllCrfModel model) {
        this.model = model;
        this.padding = paddingWord();
        this.bias = lookup("###|C");
        this.edgeBias = lookup("PSEQ|CpC");
        this.noOccurrence = lookup("NO-OCCURRENCE-PATTERN|C");
        this.nextOccurrence = lookup("X-NEXT-OCCURRENCE-X|C");
        this.prevOccurrence = lookup("X-PREV-OCCURRENCE-X|C");
    }

    /**
     * Computes the features of a token sequence.
     *
     * @param tokens the words as the tokenizer wrote them
     * @param node   receives, per position, the sorted distinct node feature indices
     * @param edge   receives, per position, the sorted distinct edge feature indices
     */
    void compute(List<String> tokens, int[][] node, int[][] edge) {
        int n = tokens.size();
        Map<String, Word> cache = model.words;
        Word[] w = new Word[n];
        for (int i = 0; i < n; i++) {
            String token = tokens.get(i);
            Word word = cache.get(token);
            if (word == null) {
                word = word(token);
                if (cache.size() < ConllCrfModel.MAX_CACHED_WORDS) {
                    cache.putIfAbsent(token, word);
                }
            }
            w[i] = word;
        }
        for (int i = 0; i < n; i++) {
            node[i] = nodeFeatures(w, i);
            edge[i] = edgeFeatures(w, i);
        }
    }

    private Word at(Word[] w, int i) {
        return i < 0 || i >= w.length ? padding : w[i];
    }

    private int[] nodeFeatures(Word[] w, int i) {
        size = 0;
        Word c = w[i];
        Word p = at(w, i - 1);
        Word nx = at(w, i + 1);
        for (int f : c.own) {
            add(f);
        }
        add(p.asPrevWord);
        add(p.asPrevCluster);
        add(nx.asNextWord);
        add(nx.asNextCluster);
        add(p.asPrevShape);
        add(nx.asNextShape);
        add(lookup(start().append(p.text).append("...").append(c.shape).append("-PW_CTYPE|C")));
        add(lookup(start().append(c.shape).append("...").append(nx.text).append("-NW_CTYPE|C")));
        add(lookup(start().append(p.shape).append("...").append(c.shape).append("-PCTYPE|C")));
        add(lookup(start().append(c.shape).append("...").append(nx.shape).append("-CNTYPE|C")));
        add(lookup(start().append(p.shape).append("...").append(c.shape).append("...").append(nx.shape)
                .append("-PCNTYPE|C")));
        if (p.text.length() <= 3) {
            add(lookup(start().append(at(w, i - 2).text).append("...").append(c.shape).append("-PPW_CTYPE|C")));
        }
        if (nx.text.length() <= 3) {
            add(lookup(start().append(at(w, i + 2).text).append("...").append(c.shape).append("-NNW_CTYPE|C")));
        }
        occurrences(w, i, c, p, nx);
        for (int k = 1; k <= model.disjunctionWidth; k++) {
            add(at(w, i + k).asDisjNext);
            add(at(w, i - k).asDisjPrev);
        }
        return distinct();
    }

    /**
     * CoreNLP's occurrence patterns without part-of-speech tags: a capitalized word between a
     * word with letters and a lowercase word notes whether it occurs again 3 to 149 tokens
     * ahead or back.
     */
    private void occurrences(Word[] w, int i, Word c, Word p, Word nx) {
        if (!(i > 0 && isNameCase(c.text) && noUpperCase(nx.text) && hasLetter(nx.text) && hasLetter(p.text))) {
            add(noOccurrence);
            return;
        }
        for (int j = i + OCCURRENCE_MIN; j <= i + OCCURRENCE_MAX && j < w.length; j++) {
            if (w[j].text.equals(c.text)) {
                add(nextOccurrence);
                break;
            }
        }
        for (int j = i - OCCURRENCE_MIN; j >= i - OCCURRENCE_MAX && j >= 0; j--) {
            if (w[j].text.equals(c.text)) {
                add(prevOccurrence);
                break;
            }
        }
    }

    private int[] edgeFeatures(Word[] w, int i) {
        size = 0;
        Word c = w[i];
        Word p = at(w, i - 1);
        Word nx = at(w, i + 1);
        add(edgeBias);
        add(c.edgeWord);
        add(lookup(start().append(p.text).append('-').append(c.text).append("-PSEQW2|CpC")));
        add(p.edgePrevWord);
        add(p.edgePrevCluster);
        add(c.edgeCluster);
        add(lookup(start().append(p.clusterE).append('-').append(c.clusterE).append("-PSEQpcDS|CpC")));
        add(p.edgePrevShape);
        add(c.edgeShape);
        add(lookup(start().append(p.shape).append('-').append(c.shape).append("-TYPES|CpC")));
        add(c.edgeShapeTps2);
        add(nx.edgeNextShape);
        return distinct();
    }

    private Word word(String token) {
        Word x = new Word();
        x.text = Americanize.americanize(token);
        x.shape = WordShapeClassifier.wordShape(x.text, model.wordShape,
                new RootLowercaseWords(model.knownLowercaseWords, x.text)); // not the default locale
        String key = WordShapeClassifier.wordShape(x.text.toLowerCase(Locale.ROOT), WordShapeClassifier.WORDSHAPEDIGITS);
        String cluster = model.distSim.get(key);
        x.clusterC = cluster == null ? model.unknownDistSim : cluster;
        x.clusterE = x.clusterC;

        size = 0;
        add(lookup(start().append(x.clusterC).append("-DISTSIM|C")));
        if (model.useTitle && TITLES.contains(x.text)) {
            add(lookup("IS_TITLE|C"));
        }
        add(lookup(start().append(x.text).append("-WORD|C")));
        add(lookup("###|C"));
        // character n-grams: "#" + a prefix or suffix of "<word>" + "#|C"; those longer than any
        // feature of the model cannot be in it, which keeps a 100,000-character token linear
        String framed = '<' + x.text + '>';
        int len = framed.length();
        int longest = model.features.maxLength() - "##|C".length();
        for (int j = 2; j <= Math.min(len, longest); j++) {
            add(lookup(start().append('#').append(framed, 0, j).append("#|C")));
        }
        for (int j = Math.max(0, len - longest); j < len - 1; j++) {
            add(lookup(start().append('#').append(framed, j, len).append("#|C")));
        }
        add(lookup(start().append(x.shape).append("-TYPE|C")));
        x.own = distinct();

        neighbourFeatures(x, x.text, x.shape, x.clusterC, x.clusterE, x.shape);
        return x;
    }

    /** The padding CoreNLP puts around a sequence: no word, no shape, no cluster. */
    private Word paddingWord() {
        Word x = new Word();
        x.text = "";
        x.shape = "";
        x.clusterC = "null";
        x.clusterE = "";
        x.own = new int[0];
        neighbourFeatures(x, "", "", "null", "", "null");
        return x;
    }

    private void neighbourFeatures(Word x, String text, String shape, String clusterC, String clusterE,
                                   String shapeAsNext) {
        x.asPrevWord = lookup(start().append(text).append("-PW|C"));
        x.asNextWord = lookup(start().append(text).append("-NW|C"));
        x.asDisjNext = lookup(start().append(text).append("-DISJN|C"));
        x.asDisjPrev = lookup(start().append(text).append("-DISJP|C"));
        x.asPrevCluster = lookup(start().append(clusterC).append("-PDISTSIM|C"));
        x.asNextCluster = lookup(start().append(clusterC).append("-NDISTSIM|C"));
        x.asPrevShape = lookup(start().append(shape).append("-PTYPE|C"));
        x.asNextShape = lookup(start().append(shape).append("-NTYPE|C"));
        x.edgeWord = lookup(start().append(text).append("-PSEQW|CpC"));
        x.edgePrevWord = lookup(start().append(text).append("-PSEQpW|CpC"));
        x.edgePrevCluster = lookup(start().append(clusterE).append("-PSEQpDS|CpC"));
        x.edgeCluster = lookup(start().append(clusterE).append("-PSEQcDS|CpC"));
        x.edgePrevShape = lookup(start().append(shape).append("-PSEQpS|CpC"));
        x.edgeShape = lookup(start().append(shape).append("-PSEQcS|CpC"));
        x.edgeShapeTps2 = lookup(start().append(shape).append("-TPS2|CpC"));
        x.edgeNextShape = lookup(start().append(shapeAsNext).append("-TNS1|CpC"));
    }

    private StringBuilder start() {
        name.setLength(0);
        return name;
    }

    private int lookup(CharSequence featureName) {
        return model.features.indexOf(featureName);
    }

    private void add(int feature) {
        if (feature >= 0) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = feature;
        }
    }

    /** Returns the buffered features sorted, each once (CoreNLP collects them in a set). */
    private int[] distinct() {
        Arrays.sort(buffer, 0, size);
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (k == 0 || buffer[i] != buffer[k - 1]) {
                buffer[k++] = buffer[i];
            }
        }
        return Arrays.copyOf(buffer, k);
    }

    private static boolean isNameCase(String s) {
        if (s.length() < 2 || !(Character.isUpperCase(s.charAt(0)) || Character.isTitleCase(s.charAt(0)))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean noUpperCase(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
