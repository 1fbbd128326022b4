package io.latefusion.metrics;

import java.util.List;

/**
 * Sentiment-regression quality as MMSA reports it for MOSI ({@code metricsTop.py}): mean absolute
 * error, Pearson correlation, and the class views of the real-valued output — Acc-2 and weighted F1
 * with zero counted as non-negative ({@code truth >= 0} vs {@code output >= 0}, MMSA's "Has0"), the
 * same over the samples whose truth is not zero with {@code > 0} (MMSA's and MultiBench's "Non0"),
 * and Acc-7, both sides clipped to [-3, 3] and rounded half to even as numpy's {@code round} does. A
 * value that cannot be measured (correlation of a constant, no non-zero truth) is NaN.
 */
public record RegressionMetrics(double mae, double corr, double acc2, double f12, double acc2Nonzero,
                                double f12Nonzero, double acc7) implements Scores {

    /** The metric names, in report order; also the JSON keys. */
    public static final List<String> NAMES = TaskMetrics.REGRESSION;

    /**
     * Scores real-valued {@code predicted} against {@code truth}.
     *
     * @throws IllegalArgumentException on arrays of different or zero length
     */
    public static RegressionMetrics of(double[] truth, double[] predicted) {
        if (truth.length != predicted.length || truth.length == 0) {
            throw new IllegalArgumentException("Expected as many predictions as truths (at least one), got "
                    + predicted.length + " predictions for " + truth.length + " truths");
        }
        int n = truth.length;
        double absolute = 0;
        int sevenHits = 0;
        int[] hasZeroTruth = new int[n];
        int[] hasZeroPredicted = new int[n];
        int nonzero = 0;
        for (int i = 0; i < n; i++) {
            absolute += Math.abs(predicted[i] - truth[i]);
            sevenHits += sevenClass(truth[i]) == sevenClass(predicted[i]) ? 1 : 0;
            hasZeroTruth[i] = truth[i] >= 0 ? 1 : 0;
            hasZeroPredicted[i] = predicted[i] >= 0 ? 1 : 0;
            nonzero += truth[i] != 0 ? 1 : 0;
        }
        int[] nonzeroTruth = new int[nonzero];
        int[] nonzeroPredicted = new int[nonzero];
        for (int i = 0, j = 0; i < n; i++) {
            if (truth[i] != 0) {
                nonzeroTruth[j] = truth[i] > 0 ? 1 : 0;
                nonzeroPredicted[j++] = predicted[i] > 0 ? 1 : 0;
            }
        }
        ClassificationMetrics hasZero = ClassificationMetrics.of(hasZeroTruth, hasZeroPredicted, 2);
        ClassificationMetrics nonZero = nonzero == 0 ? null
                : ClassificationMetrics.of(nonzeroTruth, nonzeroPredicted, 2);
        return new RegressionMetrics(absolute / n, pearson(truth, predicted), hasZero.accuracy(),
                hasZero.f1Weighted(), nonZero == null ? Double.NaN : nonZero.accuracy(),
                nonZero == null ? Double.NaN : nonZero.f1Weighted(), (double) sevenHits / n);
    }

    /** The seven-point class of a sentiment: clipped to [-3, 3], rounded half to even (numpy's round). */
    public static int sevenClass(double sentiment) {
        return (int) Math.rint(Math.max(-3, Math.min(3, sentiment)));
    }

    /** Pearson's correlation coefficient, as {@code numpy.corrcoef}; NaN when either side is constant. */
    public static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
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
            case "mae" -> mae;
            case "corr" -> corr;
            case "acc2" -> acc2;
            case "f1_2" -> f12;
            case "acc2_nonzero" -> acc2Nonzero;
            case "f1_2_nonzero" -> f12Nonzero;
            case "acc7" -> acc7;
            default -> throw new IllegalArgumentException("Unknown regression metric '" + name
                    + "': expected one of " + String.join(", ", NAMES));
        };
    }

}
