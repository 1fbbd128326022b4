package io.latefusion.model;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.Dropout;

/**
 * Builds the head that turns a fused vector into class scores, initialised as PyTorch's nn.Linear:
 * an MLP, or the study's MM-IMDb MaxOut classifier.
 */
public final class ClassifierHead {

    /** The study's MaxOut units take the maximum of two linear pieces. */
    private static final int MAXOUT_PIECES = 2;

    private ClassifierHead() {
    }

    /**
     * Hidden layers from {@code options} — Linear+ReLU(+Dropout), or BatchNorm1d+MaxOut(+Dropout)
     * with a BatchNorm1d before the last layer — then Linear(→ outputs).
     */
    public static Block build(HeadOptions options, int outputs) {
        if (options.type() == HeadType.MAXOUT) {
            return maxout(options, outputs);
        }
        SequentialBlock head = new SequentialBlock();
        for (int i = 0; i < options.hidden().size(); i++) {
            head.add(Layers.linear(options.hidden().get(i), TorchInit.DEFAULT_WEIGHT));
            head.add(Activation.reluBlock());
            double rate = options.dropout().get(i);
            if (rate > 0) {
                head.add(Dropout.builder().optRate((float) rate).build());
            }
        }
        head.add(Layers.linear(outputs, TorchInit.DEFAULT_WEIGHT));
        return head;
    }

    /** BN → MaxOut(h, 2 pieces) → Dropout, per hidden layer, then BN → Linear(→ outputs). */
    private static Block maxout(HeadOptions options, int outputs) {
        SequentialBlock head = new SequentialBlock();
        for (int i = 0; i < options.hidden().size(); i++) {
            head.add(FeatureEncoders.batchNorm(1e-5f));
            head.add(Maxout.of(options.hidden().get(i), MAXOUT_PIECES));
            double rate = options.dropout().get(i);
            if (rate > 0) {
                head.add(Dropout.builder().optRate((float) rate).build());
            }
        }
        head.add(FeatureEncoders.batchNorm(1e-5f));
        head.add(Layers.linear(outputs, TorchInit.DEFAULT_WEIGHT));
        return head;
    }
}
