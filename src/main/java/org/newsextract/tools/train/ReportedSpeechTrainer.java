package org.newsextract.tools.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.newsextract.nlp.DocumentEntity;
import org.newsextract.pipeline.OrderedParallel;
import org.newsextract.pipeline.Pipeline;
import org.newsextract.quotes.FoundReported;
import org.newsextract.quotes.QuoteExtractor;
import org.newsextract.quotes.ReportedModel;
import org.newsextract.text.TokenizedText;
import org.newsextract.tools.eval.PolnearQuotes;

/**
 * Learns the reported-speech model ({@link ReportedModel}) from PolNeAR train: which words act
 * as cues (a word is a learned cue when at least {@link #MIN_CUE_HITS} of its occurrences lie in
 * a gold Cue of an indirect or mixed attribution and at least a share of {@link #CUE_RATES} of them do,
 * and it is not a closed-class word), a boundary ranker ({@link #trainRanker}: which of a
 * candidate's content variants is right) and a keep regression over the candidates' features
 * with the ranker's variant ({@code ReportedSpeechFinder.features}), labelled "the content
 * matches a gold content at Jaccard ≥ 0.5 (and the speaker is right)". Trained by stochastic
 * gradient descent with a fixed seed, so a rebuild is reproducible.
 *
 * <p>{@link #crossValidate} gives the honest train figure: the documents are split into folds
 * (shuffled with the fixed seed), and each fold is scored by a cue list and a model learned on
 * the other folds alone; the pooled held-out predictions are scored at every threshold of
 * {@link #THRESHOLDS}, and the threshold with the best pooled content F1 (Jaccard and overlap
 * together, {@link #selectionScore}) is the one the final model (learned on all of train) ships
 * with. Dev is never read.
 */
public final class ReportedSpeechTrainer {
    /** Suppression overlaps tried (see {@link QuoteExtractor#suppress}). */
    public static final double[] SUPPRESSIONS = {0.1, 0.2, 0.3, 0.5};
    /** Fixed seed of the fold split and of the example order. */
    public static final long SEED = 11;
    /** Default number of folds of the cross-validation over train documents. */
    public static final int FOLDS = 5;
    /** Least number of a word's occurrences inside a gold Cue for it to be a learned cue. */
    public static final int MIN_CUE_HITS = 3;
    /**
     * Closed-class words that are never learned as a cue on top of {@code function-words.txt}:
     * auxiliaries, modals and adverbs that stand inside a gold cue ("has said", "also noted",
     * "did not say") but are not the cue themselves: a candidate at them duplicates the one at the
     * verb after them, or finds none.
     */
    public static final Set<String> NEVER_LEARNED = Set.of("has", "have", "had", "having", "am", "are", "were", "been",
            "being", "do", "does", "did", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
            "just", "even", "still", "never", "already", "again", "only", "n't", "not", "also");

    /** True if a lower-case word may be learned as a cue: not a closed-class word. */
    static boolean learnable(String word) {
        return !NEVER_LEARNED.contains(word) && !org.newsextract.resolve.Lexicon.get().isFunctionWord(word);
    }

    /** Learned-cue rates tried: the least share of a word's occurrences inside a gold Cue for it to be a cue. */
    public static final double[] CUE_RATES = {0.05, 0.1};
    /** Least held-out speaker accuracy of a setting chosen by {@link #crossValidate} (issue 11's target). */
    public static final double MIN_SPEAKER_ACCURACY = 0.85;
    /** Least number of training candidates a feature must occur in to get a weight. */
    public static final int MIN_FEATURE_COUNT = 2;
    /** Passes of stochastic gradient descent over the training candidates. */
    public static final int EPOCHS = 12;
    /** Initial learning rate (divided by 1 + the epoch number). */
    public static final double LEARNING_RATE = 0.2;
    /** L2 penalties per update tried by {@link #crossValidate}. */
    public static final double[] L2 = {1e-5, 1e-4, 1e-3};
    /** Labels tried by {@link #crossValidate}: content only, or content and the right speaker (see {@link #train}). */
    public static final boolean[] LABELS_WITH_SPEAKER = {true};
    /** Thresholds tried on the pooled held-out predictions. */
    public static final double[] THRESHOLDS = {0.02, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70};

    private ReportedSpeechTrainer() {
    }

    /**
     * A training candidate.
     *
     * @param speech   the candidate as the rules found it
     * @param rule     the rule that found it
     * @param features its features
     * @param cue      its cue, lower case
     * @param listed   whether its cue is in the hand-written lists
     * @param speakerRight whether, in addition, its speaker overlaps the Source of a gold attribution it matches
     * @param group    the rules' candidate it is a content-boundary variant of
     * @param jaccard  its content's best character Jaccard overlap with a gold content (0 when none overlaps)
     */
    public record Example(FoundReported speech, String rule, List<String> features, String cue, boolean listed,
                          boolean speakerRight, int group, double jaccard) {
        /** @return whether its content matches a gold content (Jaccard ≥ {@link PolnearQuotes#MIN_JACCARD}) */
        public boolean label() {
            return jaccard >= PolnearQuotes.MIN_JACCARD;
        }
    }

    /**
     * A train document with its candidates and its word counts.
     *
     * @param gold       the gold document
     * @param examples   its candidates
     * @param wordCounts per lower-case word, {occurrences, occurrences inside a gold Cue}
     */
    public record Prepared(PolnearQuotes.ReportedDocument gold, List<Example> examples, Map<String, int[]> wordCounts) {
    }

    /**
     * The outcome of cross-validation.
     *
     * @param threshold the threshold chosen on the pooled held-out predictions
     * @param cueRate   the learned-cue rate chosen with it
     * @param suppression the suppression overlap chosen with it
     * @param withSpeaker whether the label chosen asks for the right speaker too
     * @param l2          the L2 penalty chosen
     * @param scorer    the pooled held-out scores at that threshold
     * @param table     one line per threshold tried: threshold, Jaccard F1, overlap F1, speaker accuracy
     */
    public record CrossValidation(double threshold, double cueRate, double suppression, boolean withSpeaker, double l2,
                                  double calibrationScale, double calibrationShift,
                                  PolnearQuotes.ReportedScorer scorer,
                                  List<String> table) {
    }

    /**
     * Runs the pipeline on the documents and collects every candidate at a listed cue or at a
     * word that is inside a gold Cue at least {@link #MIN_CUE_HITS} times in all of them (the
     * folds narrow that list down again from their own counts).
     *
     * @param pipeline the pipeline (tokens, entities, quote rules)
     * @param docs     the gold documents (train)
     * @param threads  threads for the pipeline
     * @return the prepared documents, in input order
     */
    public static List<Prepared> prepare(Pipeline pipeline, List<PolnearQuotes.ReportedDocument> docs, int threads) {
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            index.add(i);
        }
        QuoteExtractor quotes = pipeline.quotes();
        List<Object[]> analysed = new ArrayList<>();
        OrderedParallel.map(index.stream(), threads, (i, k) -> {
            TokenizedText t = pipeline.tokenize(docs.get(i).text());
            return new Object[]{t, pipeline.entities(t)};
        }).forEachOrdered(analysed::add);
        List<Map<String, int[]>> counts = new ArrayList<>();
        Map<String, int[]> total = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            Map<String, int[]> c = wordCounts((TokenizedText) analysed.get(i)[0], docs.get(i));
            counts.add(c);
            add(total, c);
        }
        Set<String> vocabulary = new HashSet<>();
        for (Map.Entry<String, int[]> e : total.entrySet()) {
            if (e.getValue()[1] >= MIN_CUE_HITS && learnable(e.getKey())) {
                vocabulary.add(e.getKey());
            }
        }
        List<Prepared> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            @SuppressWarnings("unchecked")
            List<DocumentEntity> entities = (List<DocumentEntity>) analysed.get(i)[1];
            List<QuoteExtractor.ReportedCandidate> cands = quotes.reportedCandidates((TokenizedText) analysed.get(i)[0],
                    entities, vocabulary::contains);
            List<Example> examples = new ArrayList<>();
            for (QuoteExtractor.ReportedCandidate c : cands) {
                FoundReported r = c.speech();
                String cue = r.cue().map(x -> x.text().toLowerCase(Locale.ROOT)).orElse("");
                boolean speakerRight = false;
                double best = 0;
                for (PolnearQuotes.GoldReported g : docs.get(i).reported()) {
                    best = Math.max(best, jaccard(r.start(), r.end(), g.start(), g.end()));
                    if (fits(r, g)) {
                        speakerRight |= g.sources().isEmpty() ? r.speaker().isEmpty()
                                : r.speaker().isPresent() && overlapsAny(r.speaker().get().mention(), g.sources());
                    }
                }
                examples.add(new Example(r, c.rule(), c.features(), cue, c.features().contains("listed=true"),
                        speakerRight, c.group(), best));
            }
            out.add(new Prepared(docs.get(i), examples, counts.get(i)));
        }
        return out;
    }

    /** Per lower-case word of the document: occurrences, and occurrences that overlap a gold Cue. */
    private static Map<String, int[]> wordCounts(TokenizedText t, PolnearQuotes.ReportedDocument gold) {
        List<int[]> cues = new ArrayList<>();
        for (PolnearQuotes.GoldReported g : gold.reported()) {
            cues.addAll(g.cues());
        }
        Map<String, int[]> out = new HashMap<>();
        for (int k = 0; k < t.tokenCount(); k++) {
            String w = t.word(k).toLowerCase(Locale.ROOT);
            int[] c = out.computeIfAbsent(w, x -> new int[2]);
            c[0]++;
            int s = t.start(k);
            int e = t.end(k);
            for (int[] cue : cues) {
                if (s < cue[1] && cue[0] < e) {
                    c[1]++;
                    break;
                }
            }
        }
        return out;
    }

    private static void add(Map<String, int[]> into, Map<String, int[]> from) {
        for (Map.Entry<String, int[]> e : from.entrySet()) {
            int[] c = into.computeIfAbsent(e.getKey(), x -> new int[2]);
            c[0] += e.getValue()[0];
            c[1] += e.getValue()[1];
        }
    }

    /** The learned cues of a set of documents' word counts. */
    static Set<String> cues(List<Prepared> docs, double minRate) {
        Map<String, int[]> total = new HashMap<>();
        for (Prepared p : docs) {
            add(total, p.wordCounts());
        }
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, int[]> e : total.entrySet()) {
            int[] c = e.getValue();
            if (c[1] >= MIN_CUE_HITS && c[1] >= minRate * c[0] && learnable(e.getKey())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /**
     * Learns a model from documents: their learned cues, the boundary ranker over their candidates'
     * variants, and the keep regression over the candidates with the ranker's variant.
     *
     * @param docs      the training documents
     * @param threshold the threshold the model keeps candidates at
     * @param cueRate   the least share of a word's occurrences in a gold Cue for it to be a learned cue
     * @param suppression the overlap from which a kept candidate suppresses another ({@link QuoteExtractor#suppress})
     * @param withSpeaker whether a positive example must also have the right speaker
     * @param l2          the L2 penalty per update
     * @return the model
     */
    public static ReportedModel train(List<Prepared> docs, double threshold, double cueRate, double suppression,
                                      boolean withSpeaker, double l2) {
        Set<String> cues = cues(docs, cueRate);
        List<List<Example>> groups = new ArrayList<>();
        for (Prepared p : docs) {
            groups.addAll(groups(p.examples(), cues::contains));
        }
        Map<String, Double> rank = trainRanker(groups, l2);
        ReportedModel ranker = new ReportedModel(cues, Map.of(), rank, 0, threshold, suppression);
        List<Example> examples = new ArrayList<>();
        for (List<Example> g : groups) {
            examples.add(g.get(chosen(ranker, g)));
        }
        Map<String, Integer> index = index(examples.stream().map(Example::features).toList());
        int[][] x = new int[examples.size()][];
        double[] y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            x[i] = encode(e.features(), index);
            y[i] = e.label() && (!withSpeaker || e.speakerRight()) ? 1 : 0;
        }
        double[] w = new double[index.size() + 1]; // the last is the bias
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            order.add(i);
        }
        Random random = new Random(SEED);
        double[] sum = new double[w.length];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double rate = LEARNING_RATE / (1 + epoch);
            for (int i : order) {
                double z = w[w.length - 1];
                for (int f : x[i]) {
                    z += w[f];
                }
                double g = 1 / (1 + Math.exp(-z)) - y[i];
                w[w.length - 1] -= rate * g;
                for (int f : x[i]) {
                    w[f] -= rate * (g + l2 * w[f]);
                }
            }
            for (int f = 0; f < w.length; f++) {
                sum[f] += w[f];
            }
        }
        return new ReportedModel(cues, averaged(index, sum), rank, sum[w.length - 1] / EPOCHS, threshold, suppression);
    }

    /** Each indexed feature's weight averaged over the epochs (steadier than the last epoch's). */
    private static Map<String, Double> averaged(Map<String, Integer> index, double[] sumOverEpochs) {
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            out.put(e.getKey(), sumOverEpochs[e.getValue()] / EPOCHS);
        }
        return out;
    }

    /**
     * Splits a document's candidates into their groups (the rules' candidate first, then its other
     * content boundaries), leaving out candidates at a cue that is neither listed nor learned.
     */
    static List<List<Example>> groups(List<Example> examples, java.util.function.Predicate<String> learned) {
        List<List<Example>> out = new ArrayList<>();
        int j = 0;
        while (j < examples.size()) {
            int k = j;
            List<Example> g = new ArrayList<>();
            while (k < examples.size() && examples.get(k).group() == examples.get(j).group()) {
                Example e = examples.get(k);
                if (e.listed() || learned.test(e.cue())) {
                    g.add(e);
                }
                k++;
            }
            if (!g.isEmpty()) {
                out.add(g);
            }
            j = k;
        }
        return out;
    }

    /** The index in its group of the boundary the ranker picks (the first of equal scores: the rules' own). */
    static int chosen(ReportedModel ranker, List<Example> group) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < group.size(); i++) {
            double s = ranker.rankScore(group.get(i).features());
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    /** Feature indices of the features that occur in at least {@link #MIN_FEATURE_COUNT} of the lists, in name order. */
    private static Map<String, Integer> index(List<List<String>> featureLists) {
        Map<String, Integer> count = new HashMap<>();
        for (List<String> fs : featureLists) {
            for (String f : fs) {
                count.merge(f, 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>(count.keySet());
        Collections.sort(names);
        Map<String, Integer> index = new HashMap<>();
        for (String f : names) {
            if (count.get(f) >= MIN_FEATURE_COUNT) {
                index.put(f, index.size());
            }
        }
        return index;
    }

    private static int[] encode(List<String> features, Map<String, Integer> index) {
        return features.stream().filter(index::containsKey).mapToInt(index::get).distinct().toArray();
    }

    /**
     * Learns the boundary ranker: a conditional logit over the boundaries of each group that has
     * one fitting a gold content (Jaccard ≥ 0.5), whose target is the boundary with the best
     * Jaccard overlap. Features every boundary of a group shares cannot tell its boundaries apart
     * and are left out of that group. Stochastic gradient descent with {@link #SEED}, weights
     * averaged over the epochs.
     */
    static Map<String, Double> trainRanker(List<List<Example>> groups, double l2) {
        List<int[][]> xs = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        List<List<String>> distinctive = new ArrayList<>();
        List<List<List<String>>> perGroup = new ArrayList<>();
        for (List<Example> g : groups) {
            int target = -1;
            double best = PolnearQuotes.MIN_JACCARD;
            for (int i = 0; i < g.size(); i++) {
                if (g.get(i).jaccard() >= best && (target < 0 || g.get(i).jaccard() > g.get(target).jaccard())) {
                    target = i;
                }
            }
            if (target < 0 || g.size() < 2) {
                continue;
            }
            Set<String> shared = new HashSet<>(g.get(0).features());
            for (Example e : g) {
                shared.retainAll(new HashSet<>(e.features()));
            }
            List<List<String>> fs = new ArrayList<>();
            for (Example e : g) {
                List<String> own = new ArrayList<>(e.features());
                own.removeAll(shared);
                fs.add(own);
                distinctive.add(own);
            }
            perGroup.add(fs);
            targets.add(target);
        }
        Map<String, Integer> index = index(distinctive);
        for (List<List<String>> fs : perGroup) {
            int[][] x = new int[fs.size()][];
            for (int i = 0; i < fs.size(); i++) {
                x[i] = encode(fs.get(i), index);
            }
            xs.add(x);
        }
        double[] w = new double[index.size()];
        double[] sum = new double[w.length];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            order.add(i);
        }
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double rate = LEARNING_RATE / (1 + epoch);
            for (int gi : order) {
                int[][] x = xs.get(gi);
                double[] p = new double[x.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < x.length; i++) {
                    for (int f : x[i]) {
                        p[i] += w[f];
                    }
                    max = Math.max(max, p[i]);
                }
                double z = 0;
                for (int i = 0; i < x.length; i++) {
                    p[i] = Math.exp(p[i] - max);
                    z += p[i];
                }
                int target = targets.get(gi);
                for (int i = 0; i < x.length; i++) {
                    double g = p[i] / z - (i == target ? 1 : 0);
                    for (int f : x[i]) {
                        w[f] -= rate * (g + l2 * w[f]);
                    }
                }
            }
            for (int f = 0; f < w.length; f++) {
                sum[f] += w[f];
            }
        }
        return averaged(index, sum);
    }

    /**
     * Cross-validates over the documents (see the class comment), for each learned-cue rate of
     * {@link #CUE_RATES} and each threshold of {@link #THRESHOLDS}; the setting chosen is the one
     * with the best pooled held-out {@link #selectionScore} among those whose held-out speaker
     * accuracy is at least {@link #MIN_SPEAKER_ACCURACY} (the best score overall if none is); on a
     * tie, the first in the order the settings are tried.
     *
     * @param docs   the prepared train documents
     * @param folds  the number of folds
     * @param errors how many examples of each error class the scorer keeps
     * @return the chosen setting, its pooled held-out scores and the table of all settings
     */
    public static CrossValidation crossValidate(List<Prepared> docs, int folds, int errors) {
        int[] foldOf = folds(docs.size(), folds);
        if (Boolean.getBoolean("newsextract.trainDiagnostics")) {
            diagnostics(docs);
        }
        List<String> table = new ArrayList<>();
        double bestT = THRESHOLDS[0];
        double bestRate = CUE_RATES[0];
        double bestSup = ReportedModel.NO_SUPPRESSION;
        boolean bestWithSpeaker = false;
        double bestL2 = L2[0];
        double bestScore = -1;
        boolean bestOk = false;
        List<List<Example>> bestKept = null;
        List<List<double[]>> bestP = null;
        for (double l2 : L2) {
        for (boolean withSpeaker : LABELS_WITH_SPEAKER) {
        for (double rate : CUE_RATES) {
            List<List<double[]>> probabilities = new ArrayList<>();
            List<List<Example>> kept = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                probabilities.add(new ArrayList<>());
                kept.add(new ArrayList<>());
            }
            for (int f = 0; f < folds; f++) {
                List<Prepared> training = new ArrayList<>();
                for (int i = 0; i < docs.size(); i++) {
                    if (foldOf[i] != f) {
                        training.add(docs.get(i));
                    }
                }
                ReportedModel model = train(training, 0, rate, ReportedModel.NO_SUPPRESSION, withSpeaker, l2);
                for (int i = 0; i < docs.size(); i++) {
                    if (foldOf[i] != f) {
                        continue;
                    }
                    for (List<Example> g : groups(docs.get(i).examples(), model::isCue)) {
                        int chosen = chosen(model, g);
                        double keep = model.probability(g.get(chosen).features());
                        for (int k = 0; k < g.size(); k++) {
                            // the chosen boundary carries the keep probability; the others can never win
                            kept.get(i).add(g.get(k));
                            probabilities.get(i).add(new double[]{k == chosen ? keep : -1});
                        }
                    }
                }
            }
            for (double t : THRESHOLDS) {
              for (double sup : SUPPRESSIONS) {
                PolnearQuotes.ReportedScorer s = score(docs, kept, probabilities, t, sup, 0);
                table.add(String.format(Locale.ROOT, "l2 %.0e, label %s, cue rate %.2f, threshold %.2f, suppression %.1f: Jaccard "
                        + "P/R/F1 %.3f / %.3f / %.3f, overlap F1 %.3f, speaker %.3f",
                        l2, withSpeaker ? "content+speaker" : "content", rate, t, sup, s.precision(), s.recall(),
                        s.f1(), s.overlapF1(), s.speakerAccuracy()));
                boolean ok = s.speakerAccuracy() >= MIN_SPEAKER_ACCURACY;
                if (ok && !bestOk || ok == bestOk && selectionScore(s) > bestScore) {
                    bestScore = selectionScore(s);
                    bestOk = ok;
                    bestT = t;
                    bestRate = rate;
                    bestSup = sup;
                    bestWithSpeaker = withSpeaker;
                    bestL2 = l2;
                    bestKept = kept;
                    bestP = probabilities;
                }
              }
            }
        }
        }
        }
        if (Boolean.getBoolean("newsextract.trainDiagnostics")) {
            missedDiagnostics(docs, bestKept, bestP, bestT, bestSup);
        }
        double[] platt = platt(score(docs, bestKept, bestP, bestT, bestSup, 0, p -> p).confidenceOutcomes());
        return new CrossValidation(bestT, bestRate, bestSup, bestWithSpeaker, bestL2, platt[0], platt[1],
                score(docs, bestKept, bestP, bestT, bestSup, errors, p -> ReportedModel.calibrated(p, platt[0], platt[1])),
                table);
    }

    /**
     * What the cross-validation maximizes: the content F1 by Jaccard ≥ 0.5 plus the content F1 by
     * overlap, issue 11's two content targets. Jaccard F1 alone is flat over many settings (ties at
     * three decimals), and the choice among them then flipped between thresholds that trade the
     * overlap F1 by a point; the sum breaks those ties toward the setting that does better on both.
     */
    static double selectionScore(PolnearQuotes.ReportedScorer s) {
        return s.f1() + s.overlapF1();
    }

    /** Newton steps of the Platt fit; it converges in a handful. */
    private static final int PLATT_ITERATIONS = 50;
    /** The L2 penalty of the Platt fit: enough to keep it finite when the outcomes separate. */
    private static final double PLATT_L2 = 1e-6;

    /**
     * Fits Platt scaling to held-out predictions: the scale a and shift b that make
     * sigmoid(a · logit(p) + b) the likeliest probability of each prediction's outcome (a
     * two-parameter logistic regression, by Newton's method).
     *
     * @param outcomes pairs {keep probability, 1 if the prediction matched gold else 0}
     * @return {a, b}; {1, 0} (no change) for no predictions
     */
    public static double[] platt(List<double[]> outcomes) {
        double a = 1;
        double b = 0;
        if (outcomes.isEmpty()) {
            return new double[]{a, b};
        }
        double[] logits = outcomes.stream().mapToDouble(o -> ReportedModel.logit(o[0])).toArray();
        for (int it = 0; it < PLATT_ITERATIONS; it++) {
            double gA = PLATT_L2 * a;
            double gB = PLATT_L2 * b;
            double hAA = PLATT_L2;
            double hAB = 0;
            double hBB = PLATT_L2;
            for (int i = 0; i < logits.length; i++) {
                double x = logits[i];
                double q = ReportedModel.sigmoid(a * x + b);
                double r = q - outcomes.get(i)[1];
                double w = q * (1 - q);
                gA += r * x;
                gB += r;
                hAA += w * x * x;
                hAB += w * x;
                hBB += w;
            }
            double det = hAA * hBB - hAB * hAB;
            double da = (hBB * gA - hAB * gB) / det;
            double db = (hAA * gB - hAB * gA) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-12) {
                break;
            }
        }
        return new double[]{a, b};
    }

    private static PolnearQuotes.ReportedScorer score(List<Prepared> docs, List<List<Example>> kept,
                                                      List<List<double[]>> probabilities, double threshold,
                                                      double suppression, int errors) {
        return score(docs, kept, probabilities, threshold, suppression, errors, p -> p);
    }

    /** As above, the predictions' keep probabilities turned into confidences by {@code confidence}. */
    private static PolnearQuotes.ReportedScorer score(List<Prepared> docs, List<List<Example>> kept,
                                                      List<List<double[]>> probabilities, double threshold,
                                                      double suppression, int errors,
                                                      java.util.function.DoubleUnaryOperator confidence) {
        PolnearQuotes.ReportedScorer s = new PolnearQuotes.ReportedScorer(errors);
        for (int i = 0; i < docs.size(); i++) {
            List<PolnearQuotes.Predicted> out = new ArrayList<>();
            List<String> outRules = new ArrayList<>();
            List<Double> outConfidences = new ArrayList<>();
            for (Example e : predictions(kept.get(i), probabilities.get(i), threshold, suppression, outConfidences)) {
                out.add(PolnearQuotes.Predicted.of(e.speech()));
                outRules.add(e.rule());
            }
            s.add(docs.get(i).gold(), out, outRules,
                    outConfidences.stream().map(confidence::applyAsDouble).toList());
        }
        return s;
    }

    /**
     * Returns a document's predictions: the most probable variant of each candidate group that
     * reaches the threshold, less those suppressed by a more probable overlapping one.
     *
     * @param confidences receives the probability of each prediction, in the order returned
     */
    private static List<Example> predictions(List<Example> ex, List<double[]> probabilities, double threshold,
                                             double suppression, List<Double> confidences) {
        List<Example> chosen = new ArrayList<>();
        List<FoundReported> predicted = new ArrayList<>();
        List<Double> probability = new ArrayList<>();
        int j = 0;
        while (j < ex.size()) {
            int best = j;
            int k = j;
            while (k < ex.size() && ex.get(k).group() == ex.get(j).group()) {
                if (probabilities.get(k)[0] > probabilities.get(best)[0]) {
                    best = k;
                }
                k++;
            }
            if (probabilities.get(best)[0] >= threshold) {
                chosen.add(ex.get(best));
                predicted.add(ex.get(best).speech());
                probability.add(probabilities.get(best)[0]);
            }
            j = k;
        }
        List<Example> out = new ArrayList<>();
        for (int k : QuoteExtractor.suppress(predicted, probability, suppression)) {
            out.add(chosen.get(k));
            confidences.add(probability.get(k));
        }
        return out;
    }

    /**
     * Prints why the held-out predictions miss gold attributions (Jaccard): no candidate overlaps
     * the gold content, candidates overlap but none of their variants reaches Jaccard 0.5, a
     * variant would match but another variant of its group was chosen, or the group was dropped
     * by the threshold or suppression; with the gold cues of the first class.
     */
    private static void missedDiagnostics(List<Prepared> docs, List<List<Example>> kept, List<List<double[]>> p,
                                          double threshold, double suppression) {
        Map<String, Integer> classes = new HashMap<>();
        Map<String, Integer> noCandidateCues = new HashMap<>();
        Map<String, Integer> noFitCues = new HashMap<>();
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            List<Example> ex = kept.get(i);
            List<FoundReported> out = new ArrayList<>();
            for (Example e : predictions(ex, p.get(i), threshold, suppression, new ArrayList<>())) {
                out.add(e.speech());
            }
            Map<Integer, Double> groupBest = new HashMap<>();
            for (int k = 0; k < ex.size(); k++) {
                groupBest.merge(ex.get(k).group(), p.get(i).get(k)[0], Math::max);
            }
            PolnearQuotes.ReportedDocument doc = docs.get(i).gold();
            for (PolnearQuotes.GoldReported g : doc.reported()) {
                boolean matched = false;
                for (FoundReported r : out) {
                    matched |= fits(r, g);
                }
                if (matched) {
                    continue;
                }
                String cue = g.cues().isEmpty() ? "-" : doc.text().substring(g.cues().get(0)[0], g.cues().get(0)[1])
                        .toLowerCase(Locale.ROOT);
                boolean overlap = false;
                boolean fits = false;
                boolean cueFound = false;
                for (Example e : ex) {
                    FoundReported r = e.speech();
                    overlap |= overlaps(r, g);
                    fits |= fits(r, g);
                    cueFound |= r.cue().isPresent() && overlapsAny(r.cue().get(), g.cues());
                }
                String cls;
                if (fits) {
                    boolean predictedOverlap = false;
                    for (FoundReported r : out) {
                        predictedOverlap |= overlaps(r, g);
                    }
                    boolean aboveThreshold = false;
                    for (Example e : ex) {
                        FoundReported r = e.speech();
                        if (fits(r, g)) {
                            aboveThreshold |= groupBest.get(e.group()) >= threshold;
                        }
                    }
                    cls = (predictedOverlap ? "variant fits, another boundary predicted" : "variant fits, group dropped")
                            + (aboveThreshold ? " (its group kept, suppressed or other variant)" : " (below threshold)");
                    if (samples.size() < MAX_SAMPLES && i % 3 == 1) {
                        StringBuilder v = new StringBuilder();
                        for (FoundReported r : out) {
                            if (overlaps(r, g)) {
                                v.append(" [").append(r.text().replace('\n', ' ')).append(']');
                            }
                        }
                        samples.add((predictedOverlap ? "OTHER" : "DROPPED") + " cue=" + cue + " GOLD="
                                + doc.text().substring(g.start(), g.end()).replace('\n', ' ') + " PREDICTED=" + v);
                    }
                } else if (overlap) {
                    cls = "candidates overlap, no variant fits" + (cueFound ? " (gold cue found)" : " (other cue)");
                    noFitCues.merge(cue, 1, Integer::sum);
                    if (cueFound && samples.size() < MAX_SAMPLES && i % 3 == 0) {
                        StringBuilder v = new StringBuilder();
                        for (Example e : ex) {
                            FoundReported r = e.speech();
                            if (r.cue().isPresent() && overlapsAny(r.cue().get(), g.cues())) {
                                v.append(" [").append(r.text().replace('\n', ' ')).append(']');
                            }
                        }
                        samples.add("NOFIT cue=" + cue + " GOLD=" + doc.text().substring(g.start(), g.end()).replace('\n', ' ')
                                + " VARIANTS=" + v);
                    }
                } else {
                    cls = "no candidate overlaps" + (cueFound ? " (gold cue found)" : "");
                    noCandidateCues.merge(cue, 1, Integer::sum);
                    if (samples.size() < MAX_SAMPLES && i % 3 == 2) {
                        int from = Math.max(0, Math.min(g.start(), g.cues().isEmpty() ? g.start() : g.cues().get(0)[0]) - 80);
                        int to = Math.min(doc.text().length(), g.end() + 20);
                        samples.add("cue=" + cue + " | " + doc.text().substring(from, to).replace('\n', ' ')
                                + " || CONTENT=" + doc.text().substring(g.start(), g.end()).replace('\n', ' '));
                    }
                }
                classes.merge(cls, 1, Integer::sum);
            }
        }
        classes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.err.println("missed: " + e.getValue() + " " + e.getKey()));
        System.err.println("no-candidate cues: " + top(noCandidateCues));
        System.err.println("no-fit cues: " + top(noFitCues));
        samples.forEach(x -> System.err.println("sample: " + x));
    }

    /** True if a prediction shares a character with a gold content. */
    private static boolean overlaps(FoundReported r, PolnearQuotes.GoldReported g) {
        return r.start() < g.end() && g.start() < r.end();
    }

    /** True if a prediction matches a gold content as the scorer counts it (Jaccard at least MIN_JACCARD). */
    private static boolean fits(FoundReported r, PolnearQuotes.GoldReported g) {
        return jaccard(r.start(), r.end(), g.start(), g.end()) >= PolnearQuotes.MIN_JACCARD;
    }

    private static String top(Map<String, Integer> counts) {
        StringBuilder b = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(60)
                .forEach(e -> b.append(e.getKey()).append(' ').append(e.getValue()).append(", "));
        return b.toString();
    }

    /** Most examples of gold with no overlapping candidate the diagnostics print. */
    private static final int MAX_SAMPLES = 300;

    /** Prints, per learned-cue rate, how many groups have a positive base and a positive variant (oracle). */
    private static void diagnostics(List<Prepared> docs) {
        for (double rate : CUE_RATES) {
            Set<String> cues = cues(docs, rate);
            int groups = 0;
            int basePositive = 0;
            int anyPositive = 0;
            int examples = 0;
            for (Prepared p : docs) {
                int g = -1;
                boolean any = false;
                for (Example e : p.examples()) {
                    if (!(e.listed() || cues.contains(e.cue()))) {
                        continue;
                    }
                    examples++;
                    if (e.group() != g) {
                        anyPositive += any ? 1 : 0;
                        any = false;
                        g = e.group();
                        groups++;
                        basePositive += e.label() ? 1 : 0;
                    }
                    any |= e.label();
                }
                anyPositive += any ? 1 : 0;
            }
            System.err.printf(Locale.ROOT, "rate %.2f: %d examples, %d groups, base positive %d, any variant positive %d%n",
                    rate, examples, groups, basePositive, anyPositive);
        }
    }

    /** Assigns documents to folds: a shuffle with {@link #SEED}, then round robin. */
    static int[] folds(int n, int folds) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SEED));
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[order.get(k)] = k % folds;
        }
        return out;
    }

    private static boolean overlapsAny(org.newsextract.quotes.TextRange span, List<int[]> spans) {
        for (int[] x : spans) {
            if (span.start() < x[1] && x[0] < span.end()) {
                return true;
            }
        }
        return false;
    }

    /** Character Jaccard overlap of two spans. */
    static double jaccard(int s1, int e1, int s2, int e2) {
        int inter = Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
        int union = Math.max(e1, e2) - Math.min(s1, s2);
        return union == 0 ? 0 : (double) inter / union;
    }
}
