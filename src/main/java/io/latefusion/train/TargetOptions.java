package io.latefusion.train;

import io.latefusion.data.ModalitySet;
import io.latefusion.metrics.TaskMetrics;

/**
 * The quality target of convergence: the first epoch whose {@code metric} on {@code subset}
 * (null: all the model's modalities) reaches {@code value}, e.g. accuracy ≥ 0.99 as in the study
 * (or falls to it, for a lower-is-better metric such as {@code mae}).
 */
public record TargetOptions(String metric, ModalitySet subset, double value) {

    public TargetOptions {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("Invalid target.metric: empty (expected a metric name such as accuracy)");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Invalid target.value: " + value + " (expected a finite number)");
        }
    }

    /** Whether a score reaches the target: at least the value, or at most it for a lower-is-better metric. */
    public boolean reachedBy(double score) {
        return TaskMetrics.higherIsBetter(metric) ? score >= value : score <= value;
    }
}
