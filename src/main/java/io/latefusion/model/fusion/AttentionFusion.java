package io.latefusion.model.fusion;

import ai.djl.ndarray.NDArray;

/**
 * The study's attention pooling (DESIGN.md §8) with 2 → M: one weight per modality and sample,
 * w = softmax(Linear(s→M)(tanh(Linear(M·s→s)([p_1; …; p_M])))), out = Σ_m w_m·p_m.
 */
final class AttentionFusion extends WeightedFusion {

    AttentionFusion(int modalities, int size, double dropout, MissingPolicy policy) {
        super(modalities, size, dropout, true, policy, FusionLayers.scorer(size, modalities), GateInput.PROJECTIONS);
    }

    @Override
    public FusionType type() {
        return FusionType.ATTENTION;
    }

    @Override
    NDArray logits(NDArray gateOutput) {
        return gateOutput;
    }

    /** Linear(M·s→s) and Linear(s→M). */
    @Override
    long gateMultiplyAdds(int[] embeddingSizes) {
        return (long) modalities() * size() * size() + (long) size() * modalities();
    }
}
