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
 * Used both for late-fusion training and for monomodal pre-training. An empty {@code missing} is
 * not written, so options serialised before it existed (pre-training cache keys) stay the same.
 */
public record TrainOptions(int batchSize, int epochs, OptimizerType optimizer, double learningRate,
                           double weightDecay, EarlyStoppingOptions earlyStopping, String selectBy,
                           TargetOptions target,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<Modality, Double> missing) {

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
