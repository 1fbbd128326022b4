package io.latefusion.model;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.Dropout;

/** Builds the MLP that turns a fused vector into class scores, initialised as PyTorch's nn.Linear. */
public final class ClassifierHead {

    private ClassifierHead() {
    }

    /** Hidden Linear+ReLU(+Dropout) layers from {@code options}, then Linear(→ outputs). */
    public static Block build(HeadOptions options, int outputs) {
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
}
