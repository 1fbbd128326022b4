package io.latefusion.model;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;

/** Builds the MLP that turns a fused vector into class scores. */
public final class ClassifierHead {

    private ClassifierHead() {
    }

    /** Hidden Linear+ReLU(+Dropout) layers from {@code options}, then Linear(→ outputs). */
    public static Block build(HeadOptions options, int outputs) {
        SequentialBlock head = new SequentialBlock();
        for (int i = 0; i < options.hidden().size(); i++) {
            head.add(Linear.builder().setUnits(options.hidden().get(i)).build());
            head.add(Activation.reluBlock());
            double rate = options.dropout().get(i);
            if (rate > 0) {
                head.add(Dropout.builder().optRate((float) rate).build());
            }
        }
        head.add(Linear.builder().setUnits(outputs).build());
        return head;
    }
}
