package io.latefusion.train;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a multi-label objective weighs and decides ({@code train.multi_label}): the loss's per-label
 * positive weights ({@code none}, or {@code balanced}: negatives / positives of each label in the
 * training split, PyTorch's usual {@code pos_weight}), the sigmoid threshold above which a label
 * is predicted (the study's 0.5), and whether the best checkpoint is scored at that threshold
 * ({@code thresholds: fixed}) or at per-label thresholds tuned on validation ({@code tuned}, see
 * {@link ThresholdTuner}). {@code fixed} is not written, so options serialised before the key
 * existed (pre-training cache keys) stay the same.
 */
public record MultiLabelOptions(PositiveWeight positiveWeight, double threshold,
                                @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = FixedRule.class)
                                ThresholdRule thresholds) {

    /** The loss's positive weights. */
    public enum PositiveWeight {
        /** Every label weighs 1: plain BCE-with-logits, as the study. */
        @JsonProperty("none")
        NONE,
        /** Each label's positives weigh negatives / positives in the training split (1 if it has none). */
        @JsonProperty("balanced")
        BALANCED
    }

    /** Where the best checkpoint's per-label thresholds come from. */
    public enum ThresholdRule {
        /** Every label at {@code threshold}, as the study. */
        @JsonProperty("fixed")
        FIXED,
        /** Each label at the threshold maximising its validation F1 ({@link ThresholdTuner}). */
        @JsonProperty("tuned")
        TUNED
    }

    /** Jackson's inclusion filter that leaves the default {@code thresholds: fixed} unwritten. */
    static final class FixedRule {
        @Override
        public boolean equals(Object value) {
            return value == null || value == ThresholdRule.FIXED;
        }

        @Override
        public int hashCode() {
            return ThresholdRule.FIXED.hashCode();
        }
    }

    public MultiLabelOptions {
        positiveWeight = positiveWeight == null ? PositiveWeight.NONE : positiveWeight;
        thresholds = thresholds == null ? ThresholdRule.FIXED : thresholds;
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("Invalid multi_label.threshold: " + threshold
                    + " (expected 0 < threshold < 1)");
        }
    }

    /** Options at one fixed threshold for every label. */
    public MultiLabelOptions(PositiveWeight positiveWeight, double threshold) {
        this(positiveWeight, threshold, ThresholdRule.FIXED);
    }

    /** The study's: no weights, threshold 0.5. */
    public static MultiLabelOptions study() {
        return new MultiLabelOptions(PositiveWeight.NONE, 0.5);
    }

    /** Whether the best checkpoint's thresholds are tuned on validation. */
    public boolean tuned() {
        return thresholds == ThresholdRule.TUNED;
    }
}
