package io.latefusion.train;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a multi-label objective weighs and decides ({@code train.multi_label}): the loss's per-label
 * positive weights ({@code none}, or {@code balanced}: negatives / positives of each label in the
 * training split, PyTorch's usual {@code pos_weight}) and the sigmoid threshold above which a label
 * is predicted (the study's 0.5).
 */
public record MultiLabelOptions(PositiveWeight positiveWeight, double threshold) {

    /** The loss's positive weights. */
    public enum PositiveWeight {
        /** Every label weighs 1: plain BCE-with-logits, as the study. */
        @JsonProperty("none")
        NONE,
        /** Each label's positives weigh negatives / positives in the training split (1 if it has none). */
        @JsonProperty("balanced")
        BALANCED
    }

    public MultiLabelOptions {
        positiveWeight = positiveWeight == null ? PositiveWeight.NONE : positiveWeight;
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("Invalid multi_label.threshold: " + threshold
                    + " (expected 0 < threshold < 1)");
        }
    }

    /** The study's: no weights, threshold 0.5. */
    public static MultiLabelOptions study() {
        return new MultiLabelOptions(PositiveWeight.NONE, 0.5);
    }
}
