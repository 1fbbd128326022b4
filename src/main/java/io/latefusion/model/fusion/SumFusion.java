package io.latefusion.model.fusion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;

/**
 * The element-wise sum of the per-modality projections (the study's {@code sum} pooling). Under
 * {@link MissingPolicy#EXCLUDE} the absent modalities' projections are left out of the sum.
 */
final class SumFusion extends ProjectedFusion {

    SumFusion(int modalities, int size, double dropout, MissingPolicy policy) {
        super(modalities, size, dropout, true, policy);
    }

    @Override
    public FusionType type() {
        return FusionType.SUM;
    }

    @Override
    NDArray pool(ParameterStore store, NDList embeddings, NDList projected, NDArray mask, boolean training) {
        NDArray stack = ModalityArrays.stack(projected);
        if (policy() == MissingPolicy.EXCLUDE) {
            stack = ModalityArrays.zeroAbsent(stack, mask);
        }
        return stack.sum(new int[] {1});
    }

    @Override
    long poolingMultiplyAdds(int[] embeddingSizes) {
        return 0;
    }
}
