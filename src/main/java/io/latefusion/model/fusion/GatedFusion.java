package io.latefusion.model.fusion;

import ai.djl.ndarray.NDArray;

/**
 * The study's gated pooling (DESIGN.md §8) over the projections p_m: for two modalities
 * g = σ(Linear(s→1)(tanh(Linear(2s→s)([p_1; p_2])))) and out = g·p_1 + (1−g)·p_2, exactly. For M
 * modalities the scoring MLP gives M − 1 logits, the last modality's is fixed at 0, and the softmax
 * over modalities weighs the sum (see {@link WeightedFusion}); with M = 2 that softmax is (g, 1−g).
 * It differs from {@link AttentionFusion} only in that reference logit: attention has one free logit
 * per modality, one more than a softmax needs, and s + 1 more parameters.
 */
final class GatedFusion extends WeightedFusion {

    GatedFusion(int modalities, int size, double dropout, MissingPolicy policy) {
        super(modalities, size, dropout, true, policy,
                FusionLayers.scorer(size, freeLogits(FusionType.GATED, modalities)), GateInput.PROJECTIONS);
    }

    @Override
    public FusionType type() {
        return FusionType.GATED;
    }

    @Override
    NDArray logits(NDArray gateOutput) {
        return withReferenceLogit(gateOutput);
    }

    /** Linear(M·s→s) and Linear(s→M−1). */
    @Override
    long gateMultiplyAdds(int[] embeddingSizes) {
        return (long) modalities() * size() * size() + (long) size() * (modalities() - 1);
    }
}
