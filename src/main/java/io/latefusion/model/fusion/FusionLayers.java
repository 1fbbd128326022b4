package io.latefusion.model.fusion;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import io.latefusion.model.TorchInit;

/** The layers the poolings are made of, initialised as PyTorch's {@code nn.Linear} (the study's). */
final class FusionLayers {

    private FusionLayers() {
    }

    /** {@code Linear(?, units, bias)}: weight U(±1/√fan_in), bias zero; the input width is inferred. */
    static Block linear(int units, boolean bias) {
        Block linear = Linear.builder().setUnits(units).optBias(bias).build();
        linear.setInitializer(TorchInit.DEFAULT_WEIGHT, Parameter.Type.WEIGHT);
        return linear;
    }

    /**
     * The study's scoring MLP of its gated and attention poolings: Linear(?→hidden) → tanh →
     * Linear(hidden→logits), both with biases.
     */
    static Block scorer(int hidden, int logits) {
        return new SequentialBlock()
                .add(linear(hidden, true))
                .add(Activation.tanhBlock())
                .add(linear(logits, true));
    }
}
