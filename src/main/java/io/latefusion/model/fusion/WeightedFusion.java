package io.latefusion.model.fusion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

/**
 * A pooling that weighs the projections p_m by a softmax over modalities and sums them:
 * out = Σ_m w_m ⊙ p_m, with one weight per modality and sample (B, M) or one per hidden unit too
 * (B, M, s). Under {@link MissingPolicy#EXCLUDE} an absent modality's logits are pushed down so
 * its weight is 0 and the present ones' weights sum to 1.
 *
 * <p>The gates of the study and of Arevalo et al. are sigmoids over two modalities, g·p_1 + (1−g)·p_2
 * with g = σ(a). Since softmax([a, 0]) = (σ(a), 1 − σ(a)), the gated poolings here compute M − 1
 * free logits and fix the last modality's at 0 ({@link #withReferenceLogit}): for two modalities
 * that is exactly the sigmoid gate with its parameters, for more a softmax gate over modalities.
 */
abstract class WeightedFusion extends ProjectedFusion {

    /** What the gate reads. */
    enum GateInput {
        /** The projections [p_1; …; p_M], width M·s. */
        PROJECTIONS,
        /** The raw embeddings [x_1; …; x_M], width Σ d_m. */
        EMBEDDINGS
    }

    private final Block gate;
    private final GateInput gateInput;

    WeightedFusion(int modalities, int size, double dropout, boolean bias, MissingPolicy policy, Block gate,
                   GateInput gateInput) {
        super(modalities, size, dropout, bias, policy);
        this.gate = addChildBlock("gate", gate);
        this.gateInput = gateInput;
    }

    /** The gate logits, (B, M) or (B, M, s), from the gate block's output, before masking and the softmax. */
    abstract NDArray logits(NDArray gateOutput);

    /** The multiply-adds of the gate's own layers. */
    abstract long gateMultiplyAdds(int[] embeddingSizes);

    @Override
    final NDArray pool(ParameterStore store, NDList embeddings, NDList projected, NDArray mask, boolean training) {
        NDArray stack = ModalityArrays.stack(projected);
        NDArray weights = weights(store, embeddings, projected, mask, training);
        return ModalityArrays.broadcastable(weights, stack.getShape().dimension()).mul(stack).sum(new int[] {1});
    }

    /** Gate layers plus the weighted sum, M·s. */
    @Override
    final long poolingMultiplyAdds(int[] embeddingSizes) {
        return gateMultiplyAdds(embeddingSizes) + (long) modalities() * size();
    }

    /** The weights of a fusion input (embeddings, then mask): (B, M) or (B, M, s), each summing to 1 over M. */
    final NDArray weights(ParameterStore store, NDList inputs, boolean training) {
        return weights(store, embeddings(inputs), project(store, inputs, training), mask(inputs), training);
    }

    private NDArray weights(ParameterStore store, NDList embeddings, NDList projected, NDArray mask,
                            boolean training) {
        NDList read = gateInput == GateInput.PROJECTIONS ? projected : embeddings;
        NDArray joined = ModalityArrays.concat(read);
        NDArray logits = logits(gate.forward(store, new NDList(joined), training).singletonOrThrow());
        if (policy() == MissingPolicy.EXCLUDE) {
            logits = ModalityArrays.pushDownAbsent(logits, mask);
        }
        return logits.softmax(1);
    }

    @Override
    final void initializePooling(NDManager manager, DataType dataType, Shape[] embeddingShapes) {
        long width = (long) modalities() * size();
        if (gateInput == GateInput.EMBEDDINGS) {
            width = 0;
            for (Shape shape : embeddingShapes) {
                width += shape.get(1);
            }
        }
        gate.initialize(manager, dataType, new Shape(embeddingShapes[0].get(0), width));
    }

    /** Free logits (B, M − 1, …) with a zero logit for the last modality appended: (B, M, …). */
    static NDArray withReferenceLogit(NDArray free) {
        long[] dims = free.getShape().getShape();
        dims[1] = 1;
        return NDArrays.concat(new NDList(free, free.getManager().zeros(new Shape(dims), free.getDataType())), 1);
    }

    /** M − 1, the free logits of a gate with a reference modality; such a gate needs two modalities. */
    static int freeLogits(FusionType type, int modalities) {
        if (modalities < 2) {
            throw new IllegalArgumentException("Invalid model.multimodal_pooling.pooling_type: " + type.key()
                    + " gates between modalities and needs at least 2 (got " + modalities + ")");
        }
        return modalities - 1;
    }
}
