package io.latefusion.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.stream.LongStream;

/** Shared steps of the encoder tests: initialise a block, make a deterministic batch, run it. */
final class EncoderHarness {

    static final int BATCH = 2;

    private EncoderHarness() {}

    /** The input shape (BATCH, C, H, W) for a sample shape [C, H, W]. */
    static Shape batchShape(long[] sampleShape) {
        return new Shape(LongStream.concat(LongStream.of(BATCH), LongStream.of(sampleShape)).toArray());
    }

    static void initialise(Block block, NDManager manager, long[] sampleShape) {
        block.initialize(manager, DataType.FLOAT32, batchShape(sampleShape));
    }

    /** A batch of values in [-1, 1] that depends on nothing but its shape. */
    static NDArray input(NDManager manager, long[] sampleShape) {
        Shape shape = batchShape(sampleShape);
        return manager.arange(0f, shape.size(), 1f).mul(0.37f).sin().reshape(shape);
    }

    static NDArray forward(Block block, NDManager manager, NDArray x, boolean training) {
        return block.forward(new ParameterStore(manager, false), new NDList(x), training).singletonOrThrow();
    }
}
