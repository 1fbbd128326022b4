package io.latefusion.model.fusion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;

/**
 * The element-wise mean of the per-modality projections (the study's {@code avg} pooling). Under
 * {@link MissingPolicy#ZERO} it divides by M whatever is present (for two modalities with one
 * absent: half the present projection plus half the absent one's tanh(b)); under {@link
 * MissingPolicy#EXCLUDE} by the number present, so the mean over one modality is its projection.
 */
final class AvgFusion extends ProjectedFusion {

    AvgFusion(int modalities, int size, double dropout, MissingPolicy policy) {
        super(modalities, size, dropout, true, policy);
    }

    @Override
    public FusionType type() {
        return FusionType.AVG;
    }

    @Override
    NDArray pool(ParameterStore store, NDList embeddings, NDList projected, NDArray mask, boolean training) {
        NDArray stack = ModalityArrays.stack(projected);
        if (policy() == MissingPolicy.ZERO) {
            return stack.mean(new int[] {1});
        }
        return ModalityArrays.zeroAbsent(stack, mask).sum(new int[] {1}).div(mask.sum(new int[] {1}, true));
    }

    @Override
    long poolingMultiplyAdds(int[] embeddingSizes) {
        return 0;
    }
}
