package io.latefusion.model.fusion;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings every modality's embedding to one width s with its own layer: dropout(tanh(W_m·x_m + b_m)),
 * the study's per-modality projection (DESIGN.md §8), or without bias and dropout the Gated
 * Multimodal Unit's h_m = tanh(W_m·x_m). Input: the M embeddings (B, d_m); output: the M
 * projections (B, s).
 */
final class ModalityProjections extends AbstractBlock {

    private final int size;
    private final List<Block> projections = new ArrayList<>();

    ModalityProjections(int modalities, int size, double dropout, boolean bias) {
        super((byte) 1);
        this.size = size;
        for (int m = 0; m < modalities; m++) {
            SequentialBlock projection = new SequentialBlock()
                    .add(FusionLayers.linear(size, bias))
                    .add(Activation.tanhBlock());
            if (dropout > 0) {
                projection.add(Dropout.builder().optRate((float) dropout).build());
            }
            projections.add(addChildBlock("projection" + m, projection));
        }
    }

    /** The projected width s. */
    int size() {
        return size;
    }

    /** Σ_m d_m·s: one Linear(d_m→s) per modality. */
    long multiplyAdds(int[] embeddingSizes) {
        long total = 0;
        for (int d : embeddingSizes) {
            total += (long) d * size;
        }
        return total;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDList out = new NDList(projections.size());
        for (int m = 0; m < projections.size(); m++) {
            out.add(projections.get(m).forward(store, new NDList(inputs.get(m)), training).singletonOrThrow());
        }
        return out;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape[] out = new Shape[projections.size()];
        for (int m = 0; m < out.length; m++) {
            out[m] = new Shape(inputShapes[m].get(0), size);
        }
        return out;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (int m = 0; m < projections.size(); m++) {
            projections.get(m).initialize(manager, dataType, inputShapes[m]);
        }
    }
}
