package io.latefusion.model.fusion;

import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Concatenates the embeddings along the feature axis; no parameters. A single embedding passes unchanged. */
public final class ConcatFusion extends Fusion {

    ConcatFusion() {
        super((byte) 1);
    }

    @Override
    public FusionType type() {
        return FusionType.CONCAT;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDList embeddings = new NDList(inputs.subList(0, inputs.size() - 1));
        // one embedding passes as it is: DJL's concat of a single array cuts the gradient
        return new NDList(embeddings.size() == 1 ? embeddings.get(0) : NDArrays.concat(embeddings, 1));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long width = 0;
        for (int i = 0; i < inputShapes.length - 1; i++) {
            width += inputShapes[i].get(1);
        }
        return new Shape[] {new Shape(inputShapes[0].get(0), width)};
    }
}
