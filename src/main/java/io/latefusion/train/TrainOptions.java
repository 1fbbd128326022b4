package io.latefusion.train;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.latefusion.data.Modality;
import io.latefusion.data.TaskType;
import io.latefusion.metrics.TaskMetrics;
import java.util.Map;
import java.util.Objects;

/**
 * How to train: batch size, epoch cap, optimiser, learning rate, weight decay, early stopping,
 * which validation score picks the best checkpoint ({@code loss} or a metric name of the task,
 * checked against it by {@link #requireMetricsOf}), the
 * convergence target, and the rate at which each modality goes missing in training samples
 * ({@code missing}, modality → rate in [0, 1]; empty: none, see {@link MissingModalitySampler}).
 * Used both for late-fusion training and for monomodal pre-training. {@code multi_label} says how
 * a multi-label objective weighs and decides (see {@link MultiLabelOptions}; absent means the
 * study's settings); {@code gradient_clip} (null: none) limits the global L2 norm of all gradients
 * before each step, as PyTorch's {@code clip_grad_norm_}. An empty {@code missing} and an absent
 * {@code multi_label} or {@code gradient_clip} are not written, so options serialised before they
 * existed (pre-training cache keys) stay the same.
 */
public record TrainOptions(int batchSize, int epochs, OptimizerType optimizer, double learningRate,
                           double weightDecay, EarlyStoppingOptions earlyStopping, String selectBy,
                           TargetOptions target,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<Modality, Double> missing,
                           @JsonInclude(JsonInclude.Include.NON_NULL) MultiLabelOptions multiLabel,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Double gradientClip) {

    public TrainOptions {
        if (batchSize < 2) {
            throw new IllegalArgumentException("Invalid batch_size: " + batchSize + " (expected ≥ 2)");
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("Invalid epochs: " + epochs + " (expected ≥ 1)");
        }
        Objects.requireNonNull(optimizer, "optimizer is required (adam or sgd)");
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("Invalid learning_rate: " + learningRate + " (expected > 0)");
        }
        if (!(weightDecay >= 0) || !Double.isFinite(weightDecay)) {
            throw new IllegalArgumentException("Invalid weight_decay: " + weightDecay + " (expected ≥ 0)");
        }
        Objects.requireNonNull(earlyStopping, "early_stopping is required");
        if (selectBy == null || selectBy.isBlank()) {
            throw new IllegalArgumentException("Invalid select_by: empty (expected loss or a metric name)");
        }
        Objects.requireNonNull(target, "target is required");
        missing = Modality.orderedCopy(missing == null ? Map.of() : missing);
        missing.forEach((m, rate) -> {
            if (rate == null || !(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("Invalid missing." + m.key() + ": " + rate
                        + " (expected a rate in [0, 1])");
            }
        });
        if (gradientClip != null && !(gradientClip > 0 && Double.isFinite(gradientClip))) {
            throw new IllegalArgumentException("Invalid gradient_clip: " + gradientClip
                    + " (expected a global gradient norm > 0, or null for none)");
        }
    }

    /** Options with the study's multi-label settings and without gradient clipping. */
    public TrainOptions(int batchSize, int epochs, OptimizerType optimizer, double learningRate, double weightDecay,
                        EarlyStoppingOptions earlyStopping, String selectBy, TargetOptions target,
                        Map<Modality, Double> missing) {
        this(batchSize, epochs, optimizer, learningRate, weightDecay, earlyStopping, selectBy, target, missing,
                null, null);
    }

    /** The multi-label settings, the study's when none are configured. */
    public MultiLabelOptions multiLabelOrStudy() {
        return multiLabel == null ? MultiLabelOptions.study() : multiLabel;
    }

    /** Whether the best checkpoint is the one with the lowest validation loss. */
    public boolean selectsByLoss() {
        return TaskMetrics.LOSS.equals(selectBy);
    }

    /**
     * Checks {@code select_by} and {@code target.metric} against the metrics a task reports; the
     * message starts with {@code section} ("train", "pretrain").
     */
    public void requireMetricsOf(TaskType task, String section) {
        TaskMetrics.requireKnown(task, selectBy, section + ".select_by", true);
        TaskMetrics.requireKnown(task, target.metric(), section + ".target.metric", false);
    }
}
