package io.latefusion.model.fusion;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Concatenates the embeddings along the feature axis; no parameters, no multiply-adds. A single
 * embedding passes unchanged. Concatenation cannot leave a modality out, so under either {@link
 * MissingPolicy} an absent modality keeps its place as zeros (or as whatever the model's missing
 * representation made of it).
 */
final class ConcatFusion extends Fusion {

    ConcatFusion(int modalities) {
        super(modalities);
    }

    @Override
    public FusionType type() {
        return FusionType.CONCAT;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        return new NDList(ModalityArrays.concat(new NDList(inputs.subList(0, modalities()))));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long width = 0;
        for (int i = 0; i < modalities(); i++) {
            width += inputShapes[i].get(1);
        }
        return new Shape[] {new Shape(inputShapes[0].get(0), width)};
    }

    @Override
    long multiplyAdds(int[] embeddingSizes) {
        return 0;
    }
}
