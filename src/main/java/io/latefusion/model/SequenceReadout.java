package io.latefusion.model;

import ai.djl.ndarray.NDArray;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a sequence encoder turns its per-step outputs (B, T, H) into one embedding (B, H), using only
 * each sample's real steps: the mean over them, or the output at the last of them (an RNN's final
 * hidden state). A sample of length 0 gets the zero vector.
 */
public enum SequenceReadout {
    /** The mean of the outputs at steps {@code 0..length-1}. */
    @JsonProperty("mean")
    MEAN,
    /** The output at step {@code length-1}: for a one-directional RNN, its final hidden state. */
    @JsonProperty("last")
    LAST;

    /** Reads {@code outputs} (B, T, H) out under {@code steps}, the (B, T) 0/1 mask of real steps. */
    NDArray apply(NDArray outputs, NDArray steps) {
        NDArray lengths = steps.sum(new int[] {1}, true);
        NDArray weights = switch (this) {
            case MEAN -> steps.div(lengths.maximum(1f));
            // 1 at the last real step: the step mask minus itself shifted by one step
            case LAST -> steps.sub(shiftLeft(steps));
        };
        return outputs.mul(weights.expandDims(2)).sum(new int[] {1});
    }

    /** {@code m[:, t + 1]} at step t, 0 after the end. */
    private static NDArray shiftLeft(NDArray m) {
        NDArray tail = m.get(":, 1:");
        return tail.concat(m.getManager().zeros(new ai.djl.ndarray.types.Shape(m.getShape().get(0), 1)), 1);
    }
}
