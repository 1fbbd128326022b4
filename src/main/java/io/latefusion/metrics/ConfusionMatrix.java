package io.latefusion.metrics;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Counts of single-label predictions by true class (row) and predicted class (column), with the
 * per-class precision, recall, F1 and support that scikit-learn derives from them. Reports reuse
 * it for per-class tables; {@link ClassificationMetrics} averages over it.
 */
public final class ConfusionMatrix {

    private final int numClasses;
    private final long[] counts;
    private final long[] support;
    private final long[] predicted;
    private final long total;

    private ConfusionMatrix(int numClasses, long[] counts) {
        this.numClasses = numClasses;
        this.counts = counts;
        this.support = new long[numClasses];
        this.predicted = new long[numClasses];
        long sum = 0;
        for (int t = 0; t < numClasses; t++) {
            for (int p = 0; p < numClasses; p++) {
                long c = counts[t * numClasses + p];
                support[t] += c;
                predicted[p] += c;
                sum += c;
            }
        }
        this.total = sum;
    }

    /**
     * Counts the pairs {@code (truth[i], predicted[i])}.
     *
     * @throws IllegalArgumentException if the arrays differ in length or are empty, if
     *     {@code numClasses < 1}, or if a label lies outside {@code 0..numClasses-1}
     */
    public static ConfusionMatrix of(int[] truth, int[] predicted, int numClasses) {
        if (numClasses < 1) {
            throw new IllegalArgumentException("numClasses must be at least 1, got " + numClasses);
        }
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " labels but predicted has "
                    + predicted.length + ": they must be row-aligned");
        }
        if (truth.length == 0) {
            throw new IllegalArgumentException("No labels to score: truth and predicted are empty");
        }
        long[] counts = new long[numClasses * numClasses];
        for (int i = 0; i < truth.length; i++) {
            checkLabel("truth", truth[i], i, numClasses);
            checkLabel("predicted", predicted[i], i, numClasses);
            counts[truth[i] * numClasses + predicted[i]]++;
        }
        return new ConfusionMatrix(numClasses, counts);
    }

    private static void checkLabel(String which, int label, int index, int numClasses) {
        if (label < 0 || label >= numClasses) {
            throw new IllegalArgumentException("Label " + label + " in " + which + " at index " + index
                    + " is outside 0.." + (numClasses - 1));
        }
    }

    public int numClasses() {
        return numClasses;
    }

    /** Number of samples counted. */
    public long total() {
        return total;
    }

    /** Samples of true class {@code truth} predicted as {@code predicted}. */
    public long count(int truth, int predicted) {
        return counts[checkClass(truth) * numClasses + checkClass(predicted)];
    }

    /** Samples predicted correctly (the diagonal). */
    public long correct() {
        long sum = 0;
        for (int c = 0; c < numClasses; c++) {
            sum += truePositives(c);
        }
        return sum;
    }

    public long truePositives(int c) {
        return count(c, c);
    }

    /** Samples whose true class is {@code c}. */
    public long support(int c) {
        return support[checkClass(c)];
    }

    /** Samples predicted as {@code c}. */
    public long predictedCount(int c) {
        return predicted[checkClass(c)];
    }

    /**
     * Whether {@code c} occurs in the truth or the predictions: scikit-learn's {@code unique_labels},
     * the classes its macro and weighted averages run over.
     */
    public boolean isPresent(int c) {
        return support(c) > 0 || predictedCount(c) > 0;
    }

    /** The present classes in ascending order. */
    public int[] presentClasses() {
        return IntStream.range(0, numClasses).filter(this::isPresent).toArray();
    }

    /** tp / predicted, 0 when nothing was predicted as {@code c} ({@code zero_division=0}). */
    public double precision(int c) {
        return ratio(truePositives(c), predictedCount(c));
    }

    /** tp / support, 0 when {@code c} never occurs in the truth ({@code zero_division=0}). */
    public double recall(int c) {
        return ratio(truePositives(c), support(c));
    }

    /**
     * 2·tp / (support + predicted), scikit-learn's F1 (the harmonic mean of precision and recall);
     * 0 when the class is absent from both, or when precision and recall are both 0.
     */
    public double f1(int c) {
        return ratio(2 * truePositives(c), support(c) + predictedCount(c));
    }

    private int checkClass(int c) {
        if (c < 0 || c >= numClasses) {
            throw new IllegalArgumentException("Class " + c + " is outside 0.." + (numClasses - 1));
        }
        return c;
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix other && numClasses == other.numClasses
                && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * numClasses + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ConfusionMatrix[truth×predicted");
        for (int t = 0; t < numClasses; t++) {
            long[] row = Arrays.copyOfRange(counts, t * numClasses, (t + 1) * numClasses);
            sb.append(t == 0 ? " " : ", ").append(Arrays.toString(row));
        }
        return sb.append(']').toString();
    }
}
