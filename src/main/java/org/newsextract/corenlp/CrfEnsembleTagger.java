package org.newsextract.corenlp;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import org.newsextract.nlp.NameLabel;
import org.newsextract.nlp.NameSpan;
import org.newsextract.nlp.NameTagger;

/**
 * Two CoreNLP CRFs decoded by newsextract's code and combined token by token: CoreNLP's CoNLL
 * 4-class model (PER, LOC, ORG, MISC; Reuters 1996) and its 3-class model (PER, LOC, ORG;
 * trained on CoNLL, MUC, ACE, OntoNotes, WikiNER and more). Each token's label is the one with
 * the highest weighted mean of the two models' marginal probabilities; the 3-class model has no
 * MISC, so its "O" mass is shared between O and MISC in the proportion the 4-class model gives
 * them. A name is a maximal run of tokens with one label, its confidence the run's lowest
 * combined probability.
 *
 * <p>Why: the CoNLL model alone is the best on 1996 Reuters text but types modern companies,
 * teams and products badly; the 3-class model knows far more names but has no MISC, so it calls
 * events, laws and products organizations or places. Averaging lets each correct the other.
 * Thread-safe: both models are immutable and shared.
 */
public final class CrfEnsembleTagger implements NameTagger {
    /**
     * The 3-class model's share of each token's probability in the default engine. Chosen on all
     * dev sets together (docs/ACCURACY.md, weight sweep): 0.5 and 0.7 both keep CoNLL-2003 dev at
     * 95.0 or more; 0.7 is better on wikigold (+3.2) and GUM (+4.0); 1.0 (the 3-class model
     * alone) is 0.8 lower on CoNLL-2003 dev (94.28).
     */
    public static final double BROAD_WEIGHT = 0.7;

    /** The common label space: index 0 is O. */
    private static final NameLabel[] LABELS = {null, NameLabel.PER, NameLabel.LOC, NameLabel.ORG, NameLabel.MISC};

    private final ConllCrfModel conll;
    private final ConllCrfModel broad;
    private final int[] conllColumn;
    private final int[] broadColumn;
    private final double broadWeight;

    /**
     * @param conll       CoreNLP's CoNLL 4-class CRF
     * @param broad       CoreNLP's 3-class CRF
     * @param broadWeight the 3-class model's share of each token's combined probability, in [0, 1]
     * @throws IllegalArgumentException if a model's configuration cannot be decoded by newsextract's
     *                                  code or the weight is outside [0, 1]
     */
    public CrfEnsembleTagger(CRFClassifier<CoreLabel> conll, CRFClassifier<CoreLabel> broad, double broadWeight) {
        this(CoreNlpNameTagger.decoderModel(conll)
                        .orElseThrow(() -> new IllegalArgumentException("the CoNLL model cannot be decoded by newsextract's code")),
                CoreNlpNameTagger.decoderModel(broad)
                        .orElseThrow(() -> new IllegalArgumentException("the 3-class model cannot be decoded by newsextract's code")),
                broadWeight);
    }

    /**
     * Returns the tagger over the compact copies of both models shipped in newsextract's jar
     * ({@link CrfModelFile}), loaded once per JVM: the default engine's tagger, without
     * CoreNLP's models jar.
     *
     * @param broadWeight the 3-class model's share of each token's combined probability, in [0, 1]
     * @throws IllegalArgumentException if the weight is outside [0, 1]
     * @throws org.newsextract.nlp.ModelException if a shipped model is missing or unreadable
     */
    public static CrfEnsembleTagger shipped(double broadWeight) {
        // the two files load side by side: about half the start-up time on two cores
        java.util.concurrent.CompletableFuture<ConllCrfModel> broad = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> CoreNlpModels.shipped(CoreNlpModels.ALL_3CLASS));
        ConllCrfModel conll = CoreNlpModels.shipped(CoreNlpModels.CONLL_4CLASS);
        try {
            return new CrfEnsembleTagger(conll, broad.join(), broadWeight);
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    CrfEnsembleTagger(ConllCrfModel conll, ConllCrfModel broad, double broadWeight) {
        if (!(broadWeight >= 0 && broadWeight <= 1)) {
            throw new IllegalArgumentException("broadWeight must be in [0, 1], got " + broadWeight);
        }
        this.conll = conll;
        this.broad = broad;
        this.conllColumn = columns(this.conll);
        this.broadColumn = columns(this.broad);
        this.broadWeight = broadWeight;
    }

    /** For each common label, the model's label index, or -1 where the model has no such label. */
    private static int[] columns(ConllCrfModel model) {
        int[] column = new int[LABELS.length];
        java.util.Arrays.fill(column, -1);
        column[0] = model.background;
        for (int y = 0; y < model.labels.length; y++) {
            NameLabel label = CoreNlpNameTagger.toLabel(model.labels[y]);
            for (int k = 1; k < LABELS.length; k++) {
                if (LABELS[k] == label) {
                    column[k] = y;
                }
            }
        }
        return column;
    }

    @Override
    public List<NameSpan> tag(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        double[][] a = marginals(conll, words);
        double[][] b = marginals(broad, words);
        int n = words.size();
        int[] best = new int[n];
        double[] probability = new double[n];
        double[] p = new double[LABELS.length];
        for (int i = 0; i < n; i++) {
            combine(a[i], b[i], p);
            int arg = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k] > p[arg]) {
                    arg = k;
                }
            }
            best[i] = arg;
            probability[i] = p[arg];
        }
        List<NameSpan> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (best[i] == 0) {
                i++;
                continue;
            }
            int start = i;
            double confidence = 1.0;
            while (i < n && best[i] == best[start]) {
                confidence = Math.min(confidence, probability[i]);
                i++;
            }
            out.add(new NameSpan(start, i, LABELS[best[start]], Math.max(0.0, Math.min(1.0, confidence))));
        }
        return out;
    }

    /** One token's combined distribution over the common labels. */
    private void combine(double[] conllMarginal, double[] broadMarginal, double[] out) {
        double conllO = value(conllMarginal, conllColumn[0]);
        double conllMisc = value(conllMarginal, conllColumn[4]);
        double miscShare = conllO + conllMisc > 0 ? conllMisc / (conllO + conllMisc) : 0;
        for (int k = 0; k < LABELS.length; k++) {
            double x = value(conllMarginal, conllColumn[k]);
            double y;
            if (k == 0) {
                y = value(broadMarginal, broadColumn[0]) * (1 - miscShare);
            } else if (broadColumn[k] < 0) {
                y = value(broadMarginal, broadColumn[0]) * miscShare;
            } else {
                y = value(broadMarginal, broadColumn[k]);
            }
            out[k] = (1 - broadWeight) * x + broadWeight * y;
        }
    }

    private static double value(double[] marginal, int column) {
        return column < 0 ? 0 : marginal[column];
    }

    private static double[][] marginals(ConllCrfModel model, List<String> words) {
        int n = words.size();
        int[][] node = new int[n][];
        int[][] edge = new int[n][];
        new ConllCrfFeatures(model).compute(words, node, edge);
        return CrfChainDecoder.decode(model, node, edge).marginals();
    }
}
