package io.latefusion.train;

import ai.djl.training.loss.Loss;
import io.latefusion.data.Labels;
import io.latefusion.data.TaskType;
import io.latefusion.metrics.RegressionMetrics;
import java.util.Map;

/**
 * One real output per sample trained with the L1 loss (mean absolute error, what MMSA trains MOSI
 * regression with), scored with {@link RegressionMetrics}: MAE, correlation, and MMSA's Acc-2 / F1 /
 * Acc-7 views of the output.
 */
final class RegressionObjective implements Objective {

    @Override
    public TaskType task() {
        return TaskType.REGRESSION;
    }

    @Override
    public Loss loss() {
        return Loss.l1Loss();
    }

    @Override
    public Map<String, Double> score(float[] outputs, int width, Labels truth) {
        if (width != 1 || truth.width() != 1) {
            throw new IllegalArgumentException("Regression expects one output and one target per sample, got "
                    + width + " outputs and " + truth.width() + " targets");
        }
        double[] predicted = new double[truth.count()];
        double[] expected = new double[truth.count()];
        for (int i = 0; i < truth.count(); i++) {
            predicted[i] = outputs[i];
            expected[i] = truth.values()[i];
        }
        return RegressionMetrics.of(expected, predicted).asMap();
    }
}
