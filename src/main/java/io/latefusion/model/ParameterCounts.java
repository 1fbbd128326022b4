package io.latefusion.model;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

/**
 * Counts a block's parameters as PyTorch's {@code sum(p.numel() for p in model.parameters())} does.
 *
 * <p>DJL keeps BatchNorm's running mean and variance as {@link Parameter}s (types {@link
 * Parameter.Type#RUNNING_MEAN} and {@link Parameter.Type#RUNNING_VAR}); PyTorch keeps them as
 * buffers, outside {@code parameters()}. They are left out here. Frozen parameters still count, as
 * in PyTorch, so the count does not change when a pre-trained encoder is frozen.
 */
public final class ParameterCounts {

    private ParameterCounts() {}

    /**
     * The number of weights in the block's learnable parameters, BatchNorm's running statistics
     * excluded.
     *
     * @throws IllegalStateException if the block has not been initialised or loaded
     */
    public static long parameterCount(Block block) {
        if (!block.isInitialized()) {
            throw new IllegalStateException(
                    "Cannot count the parameters of an uninitialised block: initialise it with its input"
                            + " shape (block.initialize or trainer.initialize) or load its parameters first");
        }
        long count = 0;
        for (Parameter parameter : block.getParameters().values()) {
            if (!isRunningStatistic(parameter)) {
                count += parameter.getArray().size();
            }
        }
        return count;
    }

    private static boolean isRunningStatistic(Parameter parameter) {
        Parameter.Type type = parameter.getType();
        return type == Parameter.Type.RUNNING_MEAN || type == Parameter.Type.RUNNING_VAR;
    }
}
