package io.latefusion.train;

import ai.djl.training.loss.Loss;
import io.latefusion.data.Labels;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.TaskType;
import java.util.List;
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

    /**
     * The objective of a loaded data set: for a multi-label task, labelled with the data set's class
     * names and weighted and thresholded as {@code multiLabel} says (positive weights counted on the
     * training split); otherwise {@link #of(TaskType, int)}.
     */
    static Objective of(MultimodalDataset data, MultiLabelOptions multiLabel) {
        if (data.task() != TaskType.MULTI_LABEL) {
            return of(data.task(), data.numClasses());
        }
        List<String> names = data.classNames().isEmpty()
                ? MultiLabelObjective.numberedLabels(data.numClasses()) : data.classNames();
        float[] weights = multiLabel.positiveWeight() == MultiLabelOptions.PositiveWeight.BALANCED
                ? MultiLabelObjective.balancedWeights(data.split(Split.TRAIN).labels()) : null;
        double[] thresholds = new double[data.numClasses()];
        java.util.Arrays.fill(thresholds, multiLabel.threshold());
        return new MultiLabelObjective(names, weights, thresholds);
    }

    /** The objective of a task. */
    static Objective of(TaskType task, int numClasses) {
        return switch (task) {
            case SINGLE_LABEL -> new SingleLabelObjective(numClasses);
            case MULTI_LABEL -> MultiLabelObjective.standard(MultiLabelObjective.numberedLabels(numClasses));
            case REGRESSION -> new RegressionObjective();
        };
    }
}
