package io.latefusion.experiment;

import java.util.Map;

/**
 * Wall-clock seconds of one variant: pre-training per encoder (charged in full even when the
 * encoder was reused from an earlier run), main training (with validation), test scoring, and the
 * total cost of the route = pre-training + training.
 */
public record Cost(Map<String, Double> pretrain, double pretrainTotal, double train, double test, double total) {

    public static Cost of(Map<String, Double> pretrain, double train, double test) {
        double sum = pretrain.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Cost(Map.copyOf(pretrain), sum, train, test, sum + train);
    }
}
