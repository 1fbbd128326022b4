package io.latefusion.train;

import ai.djl.training.loss.Loss;
import io.latefusion.data.Labels;
import io.latefusion.data.TaskType;
import java.util.Map;

/**
 * What a task optimises and how its predictions are scored: the loss over raw model outputs, and
 * the metrics of a whole split's outputs against its labels (JSON keys, in a stable order).
 */
public interface Objective {

    /** The task this objective trains and scores. */
    TaskType task();

    /** The training loss over the model's raw outputs. */
    Loss loss();

    /** Metrics of {@code outputs} (row-major, {@code width} per sample) against {@code truth}. */
    Map<String, Double> score(float[] outputs, int width, Labels truth);

    /** The objective of a task. */
    static Objective of(TaskType task, int numClasses) {
        return switch (task) {
            case SINGLE_LABEL -> new SingleLabelObjective(numClasses);
            case MULTI_LABEL, REGRESSION -> throw new IllegalArgumentException(
                    "Task " + task + " has no objective in this version (single-label only)");
        };
    }
}
