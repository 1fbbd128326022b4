package io.latefusion.train;

import io.latefusion.data.ModalitySet;

/**
 * The quality target of convergence: the first epoch whose {@code metric} on {@code subset}
 * (null: all the model's modalities) reaches {@code value}, e.g. accuracy ≥ 0.99 as in the study.
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
}
