package io.latefusion.model.fusion;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Builds a pooling on its own, feeds it embeddings and a presence mask, and reads its arrays back. */
final class FusionHarness {

    private FusionHarness() {
    }

    /** Every pooling type under every missing policy. */
    static Stream<PoolingOptions> everyPoolingAndPolicy() {
        return Arrays.stream(FusionType.values()).flatMap(type -> Arrays.stream(MissingPolicy.values())
                .map(policy -> options(type, policy)));
    }

    /** Projection width 4, dropout 0.1. */
    static PoolingOptions options(FusionType type, MissingPolicy policy) {
        return new PoolingOptions(type, 4, 0.1, policy);
    }

    /** The pooling over embeddings of widths {@code sizes}, initialised from a fixed seed (biases zero). */
    static Fusion initialised(NDManager manager, PoolingOptions options, int batch, int... sizes) {
        Engine.getInstance().setRandomSeed(7);
        Fusion fusion = Fusion.of(options, sizes.length);
        Shape[] shapes = new Shape[sizes.length + 1];
        for (int m = 0; m < sizes.length; m++) {
            shapes[m] = new Shape(batch, sizes[m]);
        }
        shapes[sizes.length] = new Shape(batch, sizes.length);
        fusion.initialize(manager, DataType.FLOAT32, shapes);
        return fusion;
    }

    /**
     * Random embeddings of widths {@code sizes}, zeroed where {@code mask} says absent (as the model
     * does for a zero embedding), followed by the mask.
     */
    static NDList inputs(NDManager manager, float[][] mask, int... sizes) {
        NDArray presence = manager.create(mask);
        NDList inputs = new NDList(sizes.length + 1);
        for (int m = 0; m < sizes.length; m++) {
            NDArray column = presence.get(":, {}", m).expandDims(1);
            inputs.add(manager.randomNormal(new Shape(mask.length, sizes[m])).mul(column));
        }
        inputs.add(presence);
        return inputs;
    }

    static ParameterStore store(NDManager manager) {
        return new ParameterStore(manager, false);
    }

    /** The fused output in inference mode (dropout off). */
    static NDArray fuse(Fusion fusion, NDManager manager, NDList inputs) {
        return fusion.forward(store(manager), inputs, false).singletonOrThrow();
    }

    /** The per-modality projections in inference mode. */
    static List<NDArray> projections(Fusion fusion, NDManager manager, NDList inputs) {
        return ((ProjectedFusion) fusion).project(store(manager), inputs, false);
    }

    /** The gate weights in inference mode. */
    static NDArray weights(Fusion fusion, NDManager manager, NDList inputs) {
        return ((WeightedFusion) fusion).weights(store(manager), inputs, false);
    }

    /** Row {@code i} of a (B, …) array, flattened. */
    static float[] row(NDArray array, int i) {
        return array.get(i).toFloatArray();
    }
}
