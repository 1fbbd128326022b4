package io.latefusion.train;

import ai.djl.training.loss.Loss;
import io.latefusion.data.Labels;
import io.latefusion.data.TaskType;
import io.latefusion.metrics.MultiLabelMetrics;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several labels per sample (MM-IMDb genres): one logit per label, BCE-with-logits loss (with
 * optional per-label positive weights against imbalance), a label predicted when its sigmoid
 * exceeds its threshold (0.5 by default, as the study). Scores are the four F1 averages and,
 * under {@link #PER_LABEL_PREFIX}{@code <label name>}, each label's F1.
 */
public final class MultiLabelObjective implements Objective {

    /** Prefix of the per-label F1 keys in a score map ("f1_label/Drama"). */
    public static final String PER_LABEL_PREFIX = "f1_label/";

    private final List<String> labelNames;
    private final float[] positiveWeights;
    private final double[] thresholds;

    /**
     * An objective over {@code labelNames.size()} labels.
     *
     * @param positiveWeights one weight per label for the positive term of the loss, or {@code null}
     * @param thresholds one sigmoid threshold per label, each in (0, 1)
     */
    public MultiLabelObjective(List<String> labelNames, float[] positiveWeights, double[] thresholds) {
        this.labelNames = List.copyOf(labelNames);
        int n = labelNames.size();
        if (n < 1) {
            throw new IllegalArgumentException("A multi-label objective needs at least one label");
        }
        if (positiveWeights != null && positiveWeights.length != n) {
            throw new IllegalArgumentException("Expected " + n + " positive weights, got " + positiveWeights.length);
        }
        if (thresholds.length != n) {
            throw new IllegalArgumentException("Expected " + n + " thresholds, got " + thresholds.length);
        }
        for (double t : thresholds) {
            if (!(t > 0 && t < 1)) {
                throw new IllegalArgumentException("Invalid threshold: " + t + " (expected 0 < threshold < 1)");
            }
        }
        this.positiveWeights = positiveWeights == null ? null : positiveWeights.clone();
        this.thresholds = thresholds.clone();
    }

    /** Unweighted loss and the study's threshold 0.5 for every label. */
    public static MultiLabelObjective standard(List<String> labelNames) {
        double[] half = new double[labelNames.size()];
        Arrays.fill(half, 0.5);
        return new MultiLabelObjective(labelNames, null, half);
    }

    /** Generic names "label_0", "label_1", ... for data without label names. */
    public static List<String> numberedLabels(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "label_" + i).toList();
    }

    /** Per label, negatives / positives among {@code labels} (1 for a label without positives). */
    public static float[] balancedWeights(Labels labels) {
        int width = labels.width();
        long[] positives = new long[width];
        float[] values = labels.values();
        for (int i = 0; i < values.length; i++) {
            positives[i % width] += values[i] > 0.5f ? 1 : 0;
        }
        float[] weights = new float[width];
        for (int l = 0; l < width; l++) {
            weights[l] = positives[l] == 0 ? 1f : (float) (labels.count() - positives[l]) / positives[l];
        }
        return weights;
    }

    public List<String> labelNames() {
        return labelNames;
    }

    @Override
    public TaskType task() {
        return TaskType.MULTI_LABEL;
    }

    @Override
    public Loss loss() {
        return new BinaryCrossEntropyWithLogits(positiveWeights);
    }

    @Override
    public Map<String, Double> score(float[] outputs, int width, Labels truth) {
        MultiLabelMetrics metrics = metrics(outputs, width, truth);
        Map<String, Double> map = new LinkedHashMap<>(metrics.asMap());
        double[] perLabel = metrics.perLabel();
        for (int l = 0; l < perLabel.length; l++) {
            map.put(PER_LABEL_PREFIX + labelNames.get(l), perLabel[l]);
        }
        return map;
    }

    /** The F1 scores of {@code outputs} (logits, row-major) against multi-hot {@code truth}. */
    public MultiLabelMetrics metrics(float[] outputs, int width, Labels truth) {
        int labels = labelNames.size();
        if (width != labels || truth.width() != labels || outputs.length != truth.count() * labels) {
            throw new IllegalArgumentException("Expected " + truth.count() + " rows of " + labels + " logits and labels,"
                    + " got width " + width + ", label width " + truth.width() + ", " + outputs.length + " outputs");
        }
        float[] values = truth.values();
        boolean[] t = new boolean[values.length];
        boolean[] p = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            t[i] = values[i] > 0.5f;
            p[i] = sigmoid(outputs[i]) > thresholds[i % labels];
        }
        return MultiLabelMetrics.of(t, p, labels);
    }

    private static double sigmoid(float logit) {
        return 1 / (1 + Math.exp(-logit));
    }
}
