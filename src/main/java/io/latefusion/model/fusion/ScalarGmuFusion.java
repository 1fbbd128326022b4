package io.latefusion.model.fusion;

import ai.djl.ndarray.NDArray;

/**
 * The study's MM-IMDb baseline fusion (DESIGN.md §8): a Gated Multimodal Unit with one scalar gate
 * per sample and no biases, h_1 = tanh(W_1·x_img), h_2 = tanh(W_2·x_txt), g = σ(W_z·[h_1; h_2]),
 * out = g·h_1 + (1−g)·h_2. Unlike {@link GmuFusion} the gate reads the h_m. For M modalities W_z
 * gives M − 1 scalar logits, the last modality's is fixed at 0 and a softmax over modalities weighs
 * the sum (see {@link WeightedFusion}); with M = 2 that softmax is (g, 1−g).
 */
final class ScalarGmuFusion extends WeightedFusion {

    ScalarGmuFusion(int modalities, int size, MissingPolicy policy) {
        super(modalities, size, 0, false, policy,
                FusionLayers.linear(freeLogits(FusionType.GMU_SCALAR, modalities), false), GateInput.PROJECTIONS);
    }

    @Override
    public FusionType type() {
        return FusionType.GMU_SCALAR;
    }

    @Override
    NDArray logits(NDArray gateOutput) {
        return withReferenceLogit(gateOutput);
    }

    /** W_z: Linear(M·s → M−1). */
    @Override
    long gateMultiplyAdds(int[] embeddingSizes) {
        return (long) modalities() * size() * (modalities() - 1);
    }
}
