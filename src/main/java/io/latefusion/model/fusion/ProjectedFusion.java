package io.latefusion.model.fusion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Arrays;

/**
 * A pooling over per-modality projections to a common width s (every pooling but concat): the
 * embeddings are projected by {@link ModalityProjections}, then {@link #pool} combines the
 * projections, under the {@link MissingPolicy}, into one (B, s) vector.
 */
abstract class ProjectedFusion extends Fusion {

    private final ModalityProjections projections;
    private final MissingPolicy policy;

    ProjectedFusion(int modalities, int size, double dropout, boolean bias, MissingPolicy policy) {
        super(modalities);
        this.projections = addChildBlock("projections", new ModalityProjections(modalities, size, dropout, bias));
        this.policy = policy;
    }

    /** The projected and fused width s. */
    final int size() {
        return projections.size();
    }

    final MissingPolicy policy() {
        return policy;
    }

    /** Combines the projections (B, s) each into (B, s); {@code mask} is the presence mask (B, M). */
    abstract NDArray pool(ParameterStore store, NDList embeddings, NDList projected, NDArray mask, boolean training);

    /** The multiply-adds after the projections: the pooling's own layers and weighting. */
    abstract long poolingMultiplyAdds(int[] embeddingSizes);

    /** Initialises the pooling's own layers, if any, once the projections are initialised. */
    void initializePooling(NDManager manager, DataType dataType, Shape[] embeddingShapes) {
    }

    /** The embeddings of a fusion input (all but the trailing mask). */
    final NDList embeddings(NDList inputs) {
        return new NDList(inputs.subList(0, modalities()));
    }

    /** The presence mask of a fusion input. */
    final NDArray mask(NDList inputs) {
        return inputs.get(modalities());
    }

    /** The projections of the embeddings of a fusion input, one (B, s) per modality. */
    final NDList project(ParameterStore store, NDList inputs, boolean training) {
        return projections.forward(store, embeddings(inputs), training);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        return new NDList(pool(store, embeddings(inputs), project(store, inputs, training), mask(inputs), training));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), size())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] embeddingShapes = Arrays.copyOf(inputShapes, modalities());
        projections.initialize(manager, dataType, embeddingShapes);
        initializePooling(manager, dataType, embeddingShapes);
    }

    @Override
    final long multiplyAdds(int[] embeddingSizes) {
        return projections.multiplyAdds(embeddingSizes) + poolingMultiplyAdds(embeddingSizes);
    }
}
