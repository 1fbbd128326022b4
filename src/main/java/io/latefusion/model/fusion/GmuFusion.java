package io.latefusion.model.fusion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * The Gated Multimodal Unit of Arevalo et al. (2017) with its vector gate, as the paper's equations
 * write it (parameters W_m and W_z, no biases, no dropout): h_m = tanh(W_m·x_m) of width s,
 * z = σ(W_z·[x_1; …; x_M]) per hidden unit, out = z⊙h_1 + (1−z)⊙h_2 for two modalities. The gate
 * reads the raw embeddings, not the h_m. For M modalities W_z gives (M − 1)·s logits, the last
 * modality's are fixed at 0 and each hidden unit takes a softmax over modalities (see {@link
 * WeightedFusion}); with M = 2 that softmax is (z, 1−z).
 */
final class GmuFusion extends WeightedFusion {

    GmuFusion(int modalities, int size, MissingPolicy policy) {
        super(modalities, size, 0, false, policy,
                FusionLayers.linear(freeLogits(FusionType.GMU, modalities) * size, false), GateInput.EMBEDDINGS);
    }

    @Override
    public FusionType type() {
        return FusionType.GMU;
    }

    @Override
    NDArray logits(NDArray gateOutput) {
        return withReferenceLogit(gateOutput.reshape(new Shape(-1, modalities() - 1, size())));
    }

    /** W_z: Linear(Σd_m → (M−1)·s). */
    @Override
    long gateMultiplyAdds(int[] embeddingSizes) {
        long width = 0;
        for (int d : embeddingSizes) {
            width += d;
        }
        return width * (modalities() - 1) * size();
    }
}
