package org.newsextract.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsextract.nlp.ModelException;
import org.newsextract.resolve.Lexicon;

/**
 * The learned part of reported-speech finding, in two steps. Extra one-word cues (words that act
 * as the cue of an attribution often enough in PolNeAR train, on top of the hand-written lists)
 * widen the candidates. For each candidate, a <b>ranker</b> (a conditional logit over its content
 * boundaries' features, {@link #rankScore}) picks one of its content boundaries
 * ({@link ReportedSpeechFinder#variants}); then a <b>keep</b> logistic regression over the
 * candidate's features with that boundary ({@link ReportedSpeechFinder#features}) decides whether
 * it is reported speech at all. The two decisions are learned apart: which boundary is right and
 * whether there is an attribution are different questions, and one model for both had to trade
 * one for the other. Read from {@code models/reported-speech-model.tsv}, written by
 * {@code org.newsextract.tools.train.ReportedSpeechTrainer} (provenance and rebuild command in
 * {@code models/README.md}). Lines, tab-separated: {@code threshold P}, {@code bias W},
 * {@code suppression J}, {@code cue WORD}, {@code w FEATURE W} (keep weights), {@code r FEATURE W}
 * (ranking weights), {@code calibration A B} (the {@link #confidence} of a kept candidate). A model
 * with no keep weights keeps every candidate as the rules found it; a model with no ranking weights
 * picks the boundary the keep model gives the highest probability. Immutable and thread-safe.
 */
public final class ReportedModel {
    /** A suppression overlap that suppresses nothing. */
    public static final double NO_SUPPRESSION = 2;
    /** The model file's name in {@code models/}. */
    public static final String FILE = "reported-speech-model.tsv";

    private static volatile ReportedModel shipped;

    private final Set<String> cues;
    private final Map<String, Double> weights;
    private final Map<String, Double> rankWeights;
    private final double bias;
    private final double threshold;
    private final double suppression;
    /** Platt scaling of the keep probability into a confidence: sigmoid(scale · logit(p) + shift). */
    private final double calibrationScale;
    private final double calibrationShift;
    /** Keep probabilities are clamped this far from 0 and 1 before their logit is taken. */
    private static final double LOGIT_CLAMP = 1e-9;

    /**
     * Creates a model.
     *
     * @param cues      extra one-word cues, lower case
     * @param weights   feature weights
     * @param bias      the intercept
     * @param threshold   the least probability at which a candidate is kept
     * @param suppression the content Jaccard overlap from which a kept candidate suppresses a less
     *                    probable one (above 1: none is suppressed)
     */
    public ReportedModel(Set<String> cues, Map<String, Double> weights, double bias, double threshold,
                         double suppression) {
        this(cues, weights, Map.of(), bias, threshold, suppression);
    }

    /**
     * Creates a model with a boundary ranker.
     *
     * @param cues        extra one-word cues, lower case
     * @param weights     keep weights
     * @param rankWeights ranking weights of content boundaries (empty: rank by the keep weights)
     * @param bias        the keep intercept
     * @param threshold   the least keep probability at which a candidate is kept
     * @param suppression the content Jaccard overlap from which a kept candidate suppresses a less
     *                    probable one (above 1: none is suppressed)
     */
    public ReportedModel(Set<String> cues, Map<String, Double> weights, Map<String, Double> rankWeights, double bias,
                         double threshold, double suppression) {
        this(cues, weights, rankWeights, bias, threshold, suppression, 1, 0);
    }

    private ReportedModel(Set<String> cues, Map<String, Double> weights, Map<String, Double> rankWeights, double bias,
                          double threshold, double suppression, double calibrationScale, double calibrationShift) {
        if (!Double.isFinite(calibrationScale) || !Double.isFinite(calibrationShift)) {
            throw new IllegalArgumentException("calibration must be finite, got " + calibrationScale + ", "
                    + calibrationShift);
        }
        this.calibrationScale = calibrationScale;
        this.calibrationShift = calibrationShift;
        this.cues = Set.copyOf(cues);
        this.weights = Map.copyOf(weights);
        this.rankWeights = Map.copyOf(rankWeights);
        this.bias = bias;
        this.threshold = threshold;
        this.suppression = suppression;
    }

    /**
     * Returns the shipped model, loading it on first use.
     *
     * @return the model of {@code models/reported-speech-model.tsv}
     * @throws ModelException if the file is not on the class path or is malformed
     */
    public static ReportedModel shipped() {
        ReportedModel m = shipped;
        if (m == null) {
            synchronized (ReportedModel.class) {
                m = shipped;
                if (m == null) {
                    try {
                        m = parse(Lexicon.readModelLines(FILE));
                    } catch (IllegalArgumentException e) {
                        throw new ModelException("models/" + FILE + " is malformed: " + e.getMessage(), e);
                    }
                    shipped = m;
                }
            }
        }
        return m;
    }

    /**
     * Parses a model from its lines (blank lines and {@code #} comments already left out or not).
     *
     * @param lines the lines of a model file
     * @return the model
     * @throws IllegalArgumentException if a line is malformed
     */
    public static ReportedModel parse(List<String> lines) {
        Set<String> cues = new HashSet<>();
        Map<String, Double> weights = new HashMap<>();
        Map<String, Double> rank = new HashMap<>();
        double bias = 0;
        double threshold = 0;
        double suppression = NO_SUPPRESSION;
        double scale = 1;
        double shift = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            try {
                switch (cols[0]) {
                    case "threshold" -> threshold = Double.parseDouble(cols[1]);
                    case "bias" -> bias = Double.parseDouble(cols[1]);
                    case "suppression" -> suppression = Double.parseDouble(cols[1]);
                    case "cue" -> cues.add(cols[1].toLowerCase(Locale.ROOT));
                    case "w" -> weights.put(cols[1], Double.parseDouble(cols[2]));
                    case "r" -> rank.put(cols[1], Double.parseDouble(cols[2]));
                    case "calibration" -> {
                        scale = Double.parseDouble(cols[1]);
                        shift = Double.parseDouble(cols[2]);
                    }
                    default -> throw new IllegalArgumentException("unknown record '" + cols[0] + "'");
                }
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("reported-speech model, non-comment line " + (i + 1) + " '" + line
                        + "': " + (e instanceof ArrayIndexOutOfBoundsException ? "missing a column" : e.getMessage()), e);
            }
        }
        return new ReportedModel(cues, weights, rank, bias, threshold, suppression, scale, shift);
    }

    /**
     * Returns this model with a calibration of its confidences (Platt scaling, fitted by the trainer
     * on held-out predictions).
     *
     * @param scale the factor of the keep probability's logit
     * @param shift the term added to it
     * @return the calibrated model
     * @throws IllegalArgumentException if either is not finite
     */
    public ReportedModel withCalibration(double scale, double shift) {
        return new ReportedModel(cues, weights, rankWeights, bias, threshold, suppression, scale, shift);
    }

    /**
     * Returns the confidence of a kept candidate: its keep probability, calibrated so that among
     * held-out predictions of a confidence c about a share c match an annotator's content (character
     * Jaccard at least 0.5). The keep probability alone is not that: it is learned before the
     * threshold and suppression choose among candidates, and is too high near 1 and too low near 0.
     *
     * @param keepProbability the candidate's keep {@link #probability}
     * @return its confidence in [0, 1]
     */
    public double confidence(double keepProbability) {
        return calibrated(keepProbability, calibrationScale, calibrationShift);
    }

    /**
     * Returns a probability under Platt scaling: sigmoid(scale · {@link #logit}(p) + shift).
     *
     * @param p     a probability
     * @param scale the factor of its logit
     * @param shift the term added to it
     * @return the calibrated probability, in [0, 1]
     */
    public static double calibrated(double p, double scale, double shift) {
        return sigmoid(scale * logit(p) + shift);
    }

    /**
     * Returns the log-odds of a probability, clamped {@link #LOGIT_CLAMP} away from 0 and 1 so that
     * it is finite.
     *
     * @param p a probability
     * @return log(p / (1 - p))
     */
    public static double logit(double p) {
        double q = Math.min(1 - LOGIT_CLAMP, Math.max(LOGIT_CLAMP, p));
        return Math.log(q / (1 - q));
    }

    /**
     * Returns the model as the lines of its file, sorted so that the file is reproducible.
     *
     * @return the lines, without a trailing newline each
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("threshold\t" + threshold);
        out.add("suppression\t" + suppression);
        out.add("bias\t" + bias);
        if (calibrationScale != 1 || calibrationShift != 0) {
            out.add(String.format(Locale.ROOT, "calibration\t%.5f\t%.5f", calibrationScale, calibrationShift));
        }
        List<String> sortedCues = new ArrayList<>(cues);
        Collections.sort(sortedCues);
        for (String c : sortedCues) {
            out.add("cue\t" + c);
        }
        List<String> names = new ArrayList<>(weights.keySet());
        Collections.sort(names);
        for (String f : names) {
            out.add("w\t" + f + "\t" + String.format(Locale.ROOT, "%.5f", weights.get(f)));
        }
        List<String> ranked = new ArrayList<>(rankWeights.keySet());
        Collections.sort(ranked);
        for (String f : ranked) {
            out.add("r\t" + f + "\t" + String.format(Locale.ROOT, "%.5f", rankWeights.get(f)));
        }
        return out;
    }

    /**
     * True if a lower-case word is one of the learned one-word cues.
     *
     * @param lower the word, lower case
     * @return whether a candidate attribution is tried at it
     */
    public boolean isCue(String lower) {
        return cues.contains(lower);
    }

    /**
     * Returns the probability the model gives a candidate with these features of being an attribution.
     *
     * @param features the candidate's features
     * @return a probability in (0, 1)
     */
    public double probability(List<String> features) {
        return sigmoid(bias + sum(features));
    }

    /**
     * Returns the sum of the weights of the features (the bias not included).
     *
     * @param features feature names
     * @return the sum of their weights, 0 for unknown ones
     */
    public double sum(List<String> features) {
        return sum(weights, features);
    }

    private static double sum(Map<String, Double> weights, List<String> features) {
        double z = 0;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return z;
    }

    /**
     * Returns the ranking score of one content boundary of a candidate: the higher, the likelier
     * it is the right one among the candidate's boundaries. Without ranking weights, the keep
     * weights' {@link #sum}.
     *
     * @param boundaryFeatures the boundary's features ({@link ReportedSpeechFinder#boundaryFeatures})
     * @return its score (comparable only among the boundaries of one candidate)
     */
    public double rankScore(List<String> boundaryFeatures) {
        return sum(rankWeights.isEmpty() ? weights : rankWeights, boundaryFeatures);
    }

    /** @return the intercept */
    public double bias() {
        return bias;
    }

    /**
     * Returns the logistic function of a score.
     *
     * @param z bias plus {@link #sum} of a candidate's features
     * @return its probability
     */
    public static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * True if a candidate with these features is kept: always when the model has no weights.
     *
     * @param features the candidate's features
     * @return whether the candidate is reported speech
     */
    public boolean keep(List<String> features) {
        return keep(probability(features));
    }

    /**
     * True if a candidate with this probability is kept: always when the model has no weights.
     *
     * @param probability the candidate's {@link #probability}
     * @return whether the candidate is reported speech
     */
    public boolean keep(double probability) {
        return weights.isEmpty() || probability >= threshold;
    }

    /** @return whether the model chooses among content boundaries (false for a model with no weights) */
    public boolean choosesBoundaries() {
        return !weights.isEmpty();
    }

    /** @return the least probability at which a candidate is kept */
    public double threshold() {
        return threshold;
    }

    /** @return the content Jaccard overlap from which a kept candidate suppresses a less probable one */
    public double suppression() {
        return suppression;
    }

    /** @return the learned cue words (unmodifiable) */
    public Set<String> cues() {
        return cues;
    }
}
