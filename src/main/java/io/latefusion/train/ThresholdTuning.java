package io.latefusion.train;

import io.latefusion.data.Labels;

/**
 * Per-label decision thresholds tuned on validation outputs: for each label, the sigmoid threshold
 * among 0.05, 0.10, …, 0.95 that maximises that label's F1 (ties go to the one nearest 0.5); a
 * label with no positive validation sample keeps 0.5. Only validation data is used, so test scores
 * with these thresholds stay honest.
 */
public final class ThresholdTuning {

    /** The candidate thresholds' step. */
    private static final int STEPS = 20;

    private ThresholdTuning() {
    }

    /** The tuned thresholds for {@code outputs} (logits, row-major, {@code width} per row) against {@code truth}. */
    public static double[] tune(float[] outputs, int width, Labels truth) {
        if (truth.width() != width || outputs.length != truth.count() * width) {
            throw new IllegalArgumentException("Expected " + truth.count() + " rows of " + width + " logits, got "
                    + outputs.length + " outputs for labels of width " + truth.width());
        }
        float[] y = truth.values();
        double[] thresholds = new double[width];
        for (int l = 0; l < width; l++) {
            thresholds[l] = 0.5;
            double best = -1;
            boolean anyPositive = false;
            for (int r = 0; r < truth.count(); r++) {
                anyPositive |= y[r * width + l] > 0.5f;
            }
            if (!anyPositive) {
                continue;
            }
            for (int s = 1; s < STEPS; s++) {
                double t = s / (double) STEPS;
                long tp = 0;
                long fp = 0;
                long fn = 0;
                for (int r = 0; r < truth.count(); r++) {
                    boolean p = MultiLabelObjective.sigmoid(outputs[r * width + l]) > t;
                    boolean positive = y[r * width + l] > 0.5f;
                    tp += p && positive ? 1 : 0;
                    fp += p && !positive ? 1 : 0;
                    fn += !p && positive ? 1 : 0;
                }
                double f1 = 2.0 * tp / (2 * tp + fp + fn);
                if (f1 > best + 1e-12 || (Math.abs(f1 - best) <= 1e-12
                        && Math.abs(t - 0.5) < Math.abs(thresholds[l] - 0.5))) {
                    best = f1;
                    thresholds[l] = t;
                }
            }
        }
        return thresholds;
    }
}
