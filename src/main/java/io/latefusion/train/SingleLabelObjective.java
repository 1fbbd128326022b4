package io.latefusion.train;

import ai.djl.training.loss.Loss;
import io.latefusion.data.Labels;
import io.latefusion.data.TaskType;
import io.latefusion.metrics.ClassificationMetrics;
import java.util.Map;

/** Softmax cross-entropy over class scores; prediction = arg-max; accuracy and F1 scores. */
final class SingleLabelObjective implements Objective {

    private final int numClasses;

    SingleLabelObjective(int numClasses) {
        this.numClasses = numClasses;
    }

    @Override
    public TaskType task() {
        return TaskType.SINGLE_LABEL;
    }

    @Override
    public Loss loss() {
        return Loss.softmaxCrossEntropyLoss();
    }

    @Override
    public Map<String, Double> score(float[] outputs, int width, Labels truth) {
        int n = truth.count();
        int[] predicted = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < width; c++) {
                if (outputs[i * width + c] > outputs[i * width + best]) {
                    best = c;
                }
            }
            predicted[i] = best;
        }
        return ClassificationMetrics.of(truth.classes(), predicted, numClasses).asMap();
    }
}
