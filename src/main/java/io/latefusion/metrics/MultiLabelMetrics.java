package io.latefusion.metrics;

import java.util.List;

/**
 * Multi-label classification quality, equal to scikit-learn's
 * {@code f1_score(y_true, y_pred, average=..., zero_division=0)} over multi-hot indicator rows:
 * {@code samples} averages each row's F1 (0 for a row with neither a true nor a predicted label),
 * {@code macro} averages every label's F1 (labels absent from truth and predictions count, as 0),
 * {@code micro} pools the counts of every label, {@code weighted} weights each label's F1 by its
 * true support (0 when no row has any label). {@code perLabel} keeps each label's F1, for the
 * per-genre table.
 */
public record MultiLabelMetrics(double f1Samples, double f1Macro, double f1Micro, double f1Weighted,
                                double[] perLabel) implements Scores {

    /** The metric names, in report order; also the JSON keys. */
    public static final List<String> NAMES = TaskMetrics.MULTI_LABEL;

    public MultiLabelMetrics {
        perLabel = perLabel.clone();
    }

    @Override
    public double[] perLabel() {
        return perLabel.clone();
    }

    /**
     * Scores predicted label sets against the true ones, both row-major (rows × labels).
     *
     * @throws IllegalArgumentException on arrays of different length, no rows, or a length that is
     *     not a multiple of {@code labels}
     */
    public static MultiLabelMetrics of(boolean[] truth, boolean[] predicted, int labels) {
        if (labels < 1) {
            throw new IllegalArgumentException("Invalid label count: " + labels + " (expected ≥ 1)");
        }
        if (truth.length != predicted.length || truth.length == 0 || truth.length % labels != 0) {
            throw new IllegalArgumentException("Expected truth and predictions of the same non-zero length, a multiple"
                    + " of " + labels + " labels; got " + truth.length + " and " + predicted.length);
        }
        int rows = truth.length / labels;
        long[] tp = new long[labels];
        long[] fp = new long[labels];
        long[] fn = new long[labels];
        double samplesSum = 0;
        for (int r = 0; r < rows; r++) {
            long rowTp = 0;
            long rowTrue = 0;
            long rowPredicted = 0;
            for (int l = 0; l < labels; l++) {
                boolean t = truth[r * labels + l];
                boolean p = predicted[r * labels + l];
                if (t && p) {
                    tp[l]++;
                    rowTp++;
                } else if (p) {
                    fp[l]++;
                } else if (t) {
                    fn[l]++;
                }
                rowTrue += t ? 1 : 0;
                rowPredicted += p ? 1 : 0;
            }
            samplesSum += f1(rowTp, rowPredicted - rowTp, rowTrue - rowTp);
        }
        double[] perLabel = new double[labels];
        double macroSum = 0;
        double weightedSum = 0;
        long support = 0;
        long tpAll = 0;
        long fpAll = 0;
        long fnAll = 0;
        for (int l = 0; l < labels; l++) {
            perLabel[l] = f1(tp[l], fp[l], fn[l]);
            macroSum += perLabel[l];
            weightedSum += perLabel[l] * (tp[l] + fn[l]);
            support += tp[l] + fn[l];
            tpAll += tp[l];
            fpAll += fp[l];
            fnAll += fn[l];
        }
        return new MultiLabelMetrics(samplesSum / rows, macroSum / labels, f1(tpAll, fpAll, fnAll),
                support == 0 ? 0 : weightedSum / support, perLabel);
    }

    /** 2·tp / (2·tp + fp + fn), 0 when there is nothing to count (zero_division = 0). */
    private static double f1(long tp, long fp, long fn) {
        long denominator = 2 * tp + fp + fn;
        return denominator == 0 ? 0 : (double) (2 * tp) / denominator;
    }

    @Override
    public List<String> names() {
        return NAMES;
    }

    /**
     * The metric called {@code name} (one of {@link #NAMES}).
     *
     * @throws IllegalArgumentException for any other name, listing the valid ones
     */
    @Override
    public double get(String name) {
        return switch (name) {
            case "f1_samples" -> f1Samples;
            case "f1_macro" -> f1Macro;
            case "f1_micro" -> f1Micro;
            case "f1_weighted" -> f1Weighted;
            default -> throw new IllegalArgumentException("Unknown multi-label metric '" + name
                    + "': expected one of " + String.join(", ", NAMES));
        };
    }

}
