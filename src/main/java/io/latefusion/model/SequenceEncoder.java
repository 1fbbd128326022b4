package io.latefusion.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * An encoder of sequences (B, T, F) → (B, D) that masks each sample's padding: its input is
 * {@code NDList(x)} or {@code NDList(x, lengths)} with lengths (B) counting the real steps, which
 * come first (steps {@code length..T-1} are padding). Whatever the padding holds never changes the
 * embedding. Without lengths every step is real.
 */
public abstract class SequenceEncoder extends AbstractBlock {

    protected SequenceEncoder() {
        super((byte) 1);
    }

    @Override
    protected final NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                           PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        long batch = x.getShape().get(0);
        long steps = x.getShape().get(1);
        NDArray positions = x.getManager().arange(0f, (float) steps).reshape(1, steps);
        NDArray lengths = inputs.size() > 1 ? inputs.get(1).toType(DataType.FLOAT32, false).reshape(batch, 1)
                : x.getManager().full(new ai.djl.ndarray.types.Shape(batch, 1), (float) steps);
        NDArray real = positions.lt(lengths).toType(DataType.FLOAT32, false);
        return new NDList(encode(store, x, real, training));
    }

    /**
     * The embeddings (B, D) of {@code x} (B, T, F), given {@code steps} (B, T): 1 at real steps, 0 at
     * padding.
     */
    protected abstract NDArray encode(ParameterStore store, NDArray x, NDArray steps, boolean training);
}
