package io.latefusion.metrics;

import java.util.List;

/**
 * Single-label classification quality, equal to scikit-learn's {@code accuracy_score} and
 * {@code f1_score(average=..., zero_division=0)}: macro and weighted F1 average over the classes
 * present in the truth or the predictions, weighted F1 weights by true support, micro F1 pools the
 * counts (and so equals accuracy for single-label data).
 */
public record ClassificationMetrics(double accuracy, double f1Macro, double f1Micro, double f1Weighted) implements Scores {

    /** The metric names, in report order; also the JSON keys. */
    public static final List<String> NAMES = List.of("accuracy", "f1_macro", "f1_micro", "f1_weighted");

    /**
     * Scores predictions against the truth.
     *
     * @throws IllegalArgumentException on arrays of different or zero length, or a label outside
     *     {@code 0..numClasses-1} (the message names it)
     */
    public static ClassificationMetrics of(int[] truth, int[] predicted, int numClasses) {
        return of(ConfusionMatrix.of(truth, predicted, numClasses));
    }

    /** The metrics of already counted predictions. */
    public static ClassificationMetrics of(ConfusionMatrix m) {
        long tp = 0;
        long support = 0;
        long predicted = 0;
        double f1Sum = 0;
        double weightedSum = 0;
        int present = 0;
        for (int c : m.presentClasses()) {
            double f1 = m.f1(c);
            tp += m.truePositives(c);
            support += m.support(c);
            predicted += m.predictedCount(c);
            f1Sum += f1;
            weightedSum += f1 * m.support(c);
            present++;
        }
        return new ClassificationMetrics(
                (double) m.correct() / m.total(),
                f1Sum / present,
                (double) (2 * tp) / (support + predicted),
                weightedSum / support);
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
            case "accuracy" -> accuracy;
            case "f1_macro" -> f1Macro;
            case "f1_micro" -> f1Micro;
            case "f1_weighted" -> f1Weighted;
            default -> throw new IllegalArgumentException("Unknown classification metric '" + name
                    + "': expected one of " + String.join(", ", NAMES));
        };
    }

}
