package io.latefusion.model.fusion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;

/**
 * The element-wise maximum of the per-modality projections (the study's {@code max} pooling); the
 * gradient of each unit goes to the modality that won it. Under {@link MissingPolicy#EXCLUDE} an
 * absent modality never wins, so the maximum over one modality is its projection.
 */
final class MaxFusion extends ProjectedFusion {

    MaxFusion(int modalities, int size, double dropout, MissingPolicy policy) {
        super(modalities, size, dropout, true, policy);
    }

    @Override
    public FusionType type() {
        return FusionType.MAX;
    }

    @Override
    NDArray pool(ParameterStore store, NDList embeddings, NDList projected, NDArray mask, boolean training) {
        NDArray stack = ModalityArrays.stack(projected);
        if (policy() == MissingPolicy.EXCLUDE) {
            stack = ModalityArrays.pushDownAbsent(stack, mask);
        }
        return stack.max(new int[] {1});
    }

    @Override
    long poolingMultiplyAdds(int[] embeddingSizes) {
        return 0;
    }
}
