package io.latefusion.parity;

import io.latefusion.model.EncoderOptions;
import io.latefusion.model.EncoderType;
import io.latefusion.model.ModelOptions;

/**
 * How close to PyTorch a cell's step must come, as the largest ratio ours / PyTorch of step time:
 * 1.05 where the step is dominated by convolutions or recurrent layers, 1.15 where every encoder
 * is a feature-vector MLP (MM-IMDb): those steps are the smallest, so a fixed per-operation cost of
 * the JVM binding weighs most there.
 */
public final class ParityGoal {

    /** The goal of steps with convolutional or sequence encoders. */
    public static final double COMPUTE_BOUND = 1.05;
    /** The goal of the small MLP steps. */
    public static final double SMALL_MLP = 1.15;

    private ParityGoal() {
    }

    /** The goal of a model with these options. */
    public static double of(ModelOptions model) {
        boolean allMlp = model.encoders().values().stream().map(EncoderOptions::type)
                .allMatch(t -> t == EncoderType.MLP || t == EncoderType.MAXOUT_MLP);
        return allMlp ? SMALL_MLP : COMPUTE_BOUND;
    }
}
