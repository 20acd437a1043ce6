package org.newsextract.tools.eval;

import java.util.Locale;

/**
 * Counts behind a precision, recall and F1: true positives, predicted and gold items.
 *
 * @param tp        predictions that match gold
 * @param predicted all predictions
 * @param gold      all gold items
 */
public record Prf(int tp, int predicted, int gold) {
    /** No counts yet. */
    public static final Prf ZERO = new Prf(0, 0, 0);

    private static final double PERCENT = 100.0;

    /** Returns the counts of this and another summed. */
    public Prf plus(Prf other) {
        return new Prf(tp + other.tp, predicted + other.predicted, gold + other.gold);
    }

    /** Returns precision in percent, 0 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 0 : PERCENT * tp / predicted;
    }

    /** Returns recall in percent, 0 when there is no gold item. */
    public double recall() {
        return gold == 0 ? 0 : PERCENT * tp / gold;
    }

    /** Returns F1 in percent, 0 when precision and recall are both 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Returns e.g. {@code "P 80.10 R 75.00 F1 77.47 (tp 300, predicted 375, gold 400)"}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.2f R %.2f F1 %.2f (tp %d, predicted %d, gold %d)", precision(),
                recall(), f1(), tp, predicted, gold);
    }
}
