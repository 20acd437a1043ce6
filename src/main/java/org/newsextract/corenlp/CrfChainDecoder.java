package org.newsextract.corenlp;

import java.util.Arrays;

/**
 * Inference in a first-order linear-chain CRF with CoreNLP's conventions: the best label
 * sequence (Viterbi, the label before the first token fixed to the background label, as
 * CoreNLP's {@code ExactBestSequenceFinder} pads it) and each position's marginal label
 * probabilities (forward-backward, the label before the first token summed over, as CoreNLP's
 * {@code CRFCliqueTree} does). A label pair never seen in training is impossible, as in CoreNLP
 * (the model was trained with {@code useObservedSequencesOnly}). Stateless and thread-safe.
 */
final class CrfChainDecoder {
    private CrfChainDecoder() {
    }

    /**
     * The decoded sequence: a label index per position, the marginal probability of that label,
     * and every label's marginal probability at each position ({@code marginals[i][label]}).
     */
    record Result(int[] labels, double[] probabilities, double[][] marginals) {
    }

    /**
     * Decodes one sequence.
     *
     * @param model the weights and label columns
     * @param node  per position, the node feature indices
     * @param edge  per position, the edge feature indices
     * @return the best labels and their marginal probabilities
     */
    static Result decode(ConllCrfModel model, int[][] node, int[][] edge) {
        int labels = model.labels.length;
        double[][] score = decodeScores(model, node, edge);
        int[] path = viterbi(score, labels, model.background);
        double[][] marginals = marginals(score, labels);
        double[] probabilities = new double[path.length];
        for (int i = 0; i < path.length; i++) {
            probabilities[i] = marginals[i][path[i]];
        }
        return new Result(path, probabilities, marginals);
    }

    private static double[][] decodeScores(ConllCrfModel model, int[][] node, int[][] edge) {
        int n = node.length;
        int labels = model.labels.length;
        int pairs = labels * labels;
        // score[i][p * labels + y]: the log potential of label y at i after label p at i - 1
        double[][] score = new double[n][pairs];
        double[] nodeScore = new double[labels];
        double[] edgeScore = new double[pairs];
        for (int i = 0; i < n; i++) {
            Arrays.fill(nodeScore, 0);
            float[] w = model.weights;
            for (int f : node[i]) {
                int o = model.offset[f];
                for (int y = 0; y < labels; y++) {
                    nodeScore[y] += w[o + y];
                }
            }
            Arrays.fill(edgeScore, 0);
            for (int f : edge[i]) {
                int o = model.offset[f];
                for (int q = 0; q < pairs; q++) {
                    edgeScore[q] += w[o + q];
                }
            }
            double[] s = score[i];
            for (int q = 0; q < pairs; q++) {
                s[q] = model.pairColumn[q] < 0 ? Double.NEGATIVE_INFINITY : edgeScore[q] + nodeScore[q % labels];
            }
        }
        return score;
    }

    private static int[] viterbi(double[][] score, int labels, int background) {
        int n = score.length;
        int[][] back = new int[n][labels];
        double[] best = new double[labels];
        double[] next = new double[labels];
        for (int y = 0; y < labels; y++) {
            best[y] = score[0][background * labels + y];
        }
        for (int i = 1; i < n; i++) {
            double[] s = score[i];
            for (int y = 0; y < labels; y++) {
                int arg = 0;
                double max = best[0] + s[y];
                for (int p = 1; p < labels; p++) {
                    double v = best[p] + s[p * labels + y];
                    if (v > max) {
                        max = v;
                        arg = p;
                    }
                }
                next[y] = max;
                back[i][y] = arg;
            }
            double[] t = best;
            best = next;
            next = t;
        }
        int[] path = new int[n];
        int last = 0;
        for (int y = 1; y < labels; y++) {
            if (best[y] > best[last]) {
                last = y;
            }
        }
        path[n - 1] = last;
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i][path[i]];
        }
        return path;
    }

    /** Forward-backward in log space; returns every label's marginal probability at each position. */
    private static double[][] marginals(double[][] score, int labels) {
        int n = score.length;
        double[][] alpha = new double[n][labels];
        double[][] beta = new double[n][labels];
        double[] terms = new double[labels];
        for (int y = 0; y < labels; y++) {
            for (int p = 0; p < labels; p++) {
                terms[p] = score[0][p * labels + y];
            }
            alpha[0][y] = logSumExp(terms);
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < labels; y++) {
                for (int p = 0; p < labels; p++) {
                    terms[p] = alpha[i - 1][p] + score[i][p * labels + y];
                }
                alpha[i][y] = logSumExp(terms);
            }
        }
        for (int i = n - 1; i > 0; i--) {
            for (int p = 0; p < labels; p++) {
                for (int y = 0; y < labels; y++) {
                    terms[y] = score[i][p * labels + y] + beta[i][y];
                }
                beta[i - 1][p] = logSumExp(terms);
            }
        }
        double z = logSumExp(alpha[n - 1]);
        double[][] marginals = new double[n][labels];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < labels; y++) {
                marginals[i][y] = Math.exp(alpha[i][y] + beta[i][y] - z);
            }
        }
        return marginals;
    }

    private static double logSumExp(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double v : values) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }
}
