package io.latefusion.data.mosi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.latefusion.data.Labels;
import io.latefusion.data.TaskType;
import io.latefusion.metrics.RegressionMetrics;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a MOSI sentiment s in [-3, 3] is turned into. {@code -0.0} counts as 0 everywhere.
 * <ul>
 *   <li>{@code classification}: 3 classes, 0 negative (s &lt; 0), 1 neutral (s = 0), 2 positive
 *       (s &gt; 0) — the study's task and MMSA's {@code classification_labels};</li>
 *   <li>{@code binary}: 0 negative (s &lt; 0), 1 non-negative (s ≥ 0) — MMSA's "Has0" Acc-2;</li>
 *   <li>{@code binary_nonzero}: samples with s = 0 dropped, 0 negative, 1 positive — MMSA's "Non0"
 *       Acc-2 and MultiBench's binary MOSI accuracy;</li>
 *   <li>{@code seven}: s clipped to [-3, 3], rounded half to even (numpy's round, as MMSA's Acc-7),
 *       class = rounded + 3 (0..6);</li>
 *   <li>{@code regression}: s itself, trained with the L1 loss.</li>
 * </ul>
 */
public enum MosiTask {
    CLASSIFICATION(3),
    BINARY(2),
    BINARY_NONZERO(2),
    SEVEN(7),
    REGRESSION(1);

    private final int outputs;

    MosiTask(int outputs) {
        this.outputs = outputs;
    }

    /** The config name ("binary_nonzero"). */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The task named {@code key}, or an error listing the valid names. */
    @JsonCreator
    public static MosiTask fromKey(String key) {
        for (MosiTask t : values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown MOSI task '" + key + "': expected one of "
                + Arrays.stream(values()).map(MosiTask::key).collect(Collectors.joining(", ")));
    }

    /** The task type of the labels. */
    public TaskType taskType() {
        return this == REGRESSION ? TaskType.REGRESSION : TaskType.SINGLE_LABEL;
    }

    /** Classes, or 1 output for regression. */
    public int outputs() {
        return outputs;
    }

    /** Whether a sample of sentiment {@code s} takes part in this task (all but the zeros of binary_nonzero). */
    public boolean keeps(double s) {
        return this != BINARY_NONZERO || s != 0;
    }

    /**
     * The class of sentiment {@code s} (for regression: s).
     *
     * @throws IllegalArgumentException for a non-finite sentiment, or a zero one under binary_nonzero
     */
    public double target(double s) {
        if (!Double.isFinite(s)) {
            throw new IllegalArgumentException("Sentiment " + s + " is not a finite number");
        }
        return switch (this) {
            case CLASSIFICATION -> s < 0 ? 0 : s == 0 ? 1 : 2;
            case BINARY -> s < 0 ? 0 : 1;
            case BINARY_NONZERO -> {
                if (s == 0) {
                    throw new IllegalArgumentException("Sentiment 0 has no binary_nonzero class (such samples are dropped)");
                }
                yield s < 0 ? 0 : 1;
            }
            case SEVEN -> RegressionMetrics.sevenClass(s) + 3;
            case REGRESSION -> s;
        };
    }

    /** The labels of the given sentiments (all of which this task keeps). */
    public Labels labels(double[] sentiments) {
        float[] values = new float[sentiments.length];
        for (int i = 0; i < sentiments.length; i++) {
            values[i] = (float) target(sentiments[i]);
        }
        return new Labels(taskType(), sentiments.length, 1, values);
    }
}
