package io.latefusion.train;

import io.latefusion.data.Labels;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Picks each label's sigmoid threshold from validation outputs: of {@link #GRID} (0.05, 0.10, …,
 * 0.95), the one maximising that label's F1 (a label predicted when its sigmoid exceeds the
 * threshold, as {@link MultiLabelObjective} scores). Ties go to the grid value closest to the
 * label's fixed threshold (the lower of two equally close); a label without positives in
 * validation keeps its fixed threshold, since every threshold scores it 0.
 */
public final class ThresholdTuner {

    /** The candidate thresholds, ascending: 0.05 to 0.95 by 0.05. */
    public static final List<Double> GRID = IntStream.rangeClosed(1, 19).mapToObj(i -> i / 20.0).toList();

    private ThresholdTuner() {
    }

    /**
     * The tuned threshold of every label.
     *
     * @param logits raw outputs, row-major, {@code truth.width()} per row
     * @param truth  multi-hot labels of the same rows
     * @param fixed  each label's fixed threshold: the tie-break centre and the value kept by a label
     *               without validation positives
     */
    public static double[] tune(float[] logits, Labels truth, double[] fixed) {
        int width = truth.width();
        if (logits.length != truth.values().length || fixed.length != width) {
            throw new IllegalArgumentException("Expected " + truth.count() + " rows of " + width + " logits and "
                    + width + " fixed thresholds, got " + logits.length + " logits and " + fixed.length + " thresholds");
        }
        double[] tuned = new double[width];
        for (int l = 0; l < width; l++) {
            tuned[l] = tuneLabel(logits, truth.values(), width, l, fixed[l]);
        }
        return tuned;
    }

    /** Labels of {@code truth} without a positive row. */
    public static List<Integer> absent(Labels truth) {
        int width = truth.width();
        boolean[] seen = new boolean[width];
        float[] values = truth.values();
        for (int i = 0; i < values.length; i++) {
            seen[i % width] |= values[i] > 0.5f;
        }
        return IntStream.range(0, width).filter(l -> !seen[l]).boxed().toList();
    }

    private static double tuneLabel(float[] logits, float[] truth, int width, int label, double fixed) {
        int rows = truth.length / width;
        double[] probabilities = new double[rows];
        boolean[] positive = new boolean[rows];
        int positives = 0;
        for (int r = 0; r < rows; r++) {
            probabilities[r] = 1 / (1 + Math.exp(-logits[r * width + label]));
            positive[r] = truth[r * width + label] > 0.5f;
            positives += positive[r] ? 1 : 0;
        }
        if (positives == 0) {
            return fixed;
        }
        double best = Double.NaN;
        double bestF1 = -1;
        for (double t : GRID) {
            int tp = 0;
            int fp = 0;
            for (int r = 0; r < rows; r++) {
                if (probabilities[r] > t) {
                    tp += positive[r] ? 1 : 0;
                    fp += positive[r] ? 0 : 1;
                }
            }
            double f1 = 2.0 * tp / (2.0 * tp + fp + (positives - tp));
            if (f1 > bestF1 || f1 == bestF1 && distance(t, fixed) < distance(best, fixed)) {
                best = t;
                bestF1 = f1;
            }
        }
        return best;
    }

    /** |a − b| in billionths, so that grid values equally far from the centre compare equal. */
    private static long distance(double a, double b) {
        return Math.round(Math.abs(a - b) * 1e9);
    }
}
