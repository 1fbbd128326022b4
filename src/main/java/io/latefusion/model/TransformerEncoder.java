package io.latefusion.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;

/**
 * A small Transformer encoder over (B, T, F): Linear(F → d) plus sinusoidal positions, then
 * {@code layers} post-norm layers as PyTorch's {@code TransformerEncoderLayer} has them (multi-head
 * self-attention with {@code heads} heads, then a ReLU feed-forward of width 4d, each added back and
 * layer-normalised, dropout 0.1), then the configured readout. Padding steps are masked as keys, so
 * no real step attends to them, and the readout uses real steps only.
 */
final class TransformerEncoder extends SequenceEncoder {

    private static final float DROPOUT = 0.1f;

    private final Block input;
    private final List<Layer> layers = new ArrayList<>();
    private final SequenceReadout readout;
    private final int size;
    private final int heads;

    TransformerEncoder(int size, int heads, int depth, SequenceReadout readout) {
        if (size % heads != 0) {
            throw new IllegalArgumentException("Invalid transformer encoder: output_size " + size
                    + " is not divisible by heads " + heads);
        }
        this.size = size;
        this.heads = heads;
        this.readout = readout;
        this.input = addChildBlock("input", Layers.linear(size, TorchInit.DEFAULT_WEIGHT));
        for (int i = 0; i < depth; i++) {
            layers.add(new Layer(this, i));
        }
    }

    /** The blocks of one encoder layer. */
    private record Layer(Block query, Block key, Block value, Block projection, Block norm1, Block feedIn,
                         Block feedOut, Block norm2, Block dropout) {
        Layer(TransformerEncoder owner, int i) {
            this(owner.child("l" + i + "Query", Layers.linear(owner.size, TorchInit.DEFAULT_WEIGHT)),
                    owner.child("l" + i + "Key", Layers.linear(owner.size, TorchInit.DEFAULT_WEIGHT)),
                    owner.child("l" + i + "Value", Layers.linear(owner.size, TorchInit.DEFAULT_WEIGHT)),
                    owner.child("l" + i + "Projection", Layers.linear(owner.size, TorchInit.DEFAULT_WEIGHT)),
                    owner.child("l" + i + "Norm1", LayerNorm.builder().axis(2).build()),
                    owner.child("l" + i + "FeedIn", Layers.linear(4 * owner.size, TorchInit.DEFAULT_WEIGHT)),
                    owner.child("l" + i + "FeedOut", Layers.linear(owner.size, TorchInit.DEFAULT_WEIGHT)),
                    owner.child("l" + i + "Norm2", LayerNorm.builder().axis(2).build()),
                    owner.child("l" + i + "Dropout", Dropout.builder().optRate(DROPOUT).build()));
        }

        List<Block> blocks() {
            return List.of(query, key, value, projection, norm1, feedIn, feedOut, norm2, dropout);
        }
    }

    private Block child(String name, Block block) {
        return addChildBlock(name, block);
    }

    @Override
    protected NDArray encode(ParameterStore store, NDArray x, NDArray steps, boolean training) {
        long batch = x.getShape().get(0);
        long t = x.getShape().get(1);
        NDArray h = run(input, store, x, training).add(positions(x.getManager(), t));
        // (B, 1, 1, T): a large negative score for padding keys, so softmax gives them weight 0
        NDArray keyBias = steps.sub(1f).mul(1e9f).reshape(batch, 1, 1, t);
        for (Layer layer : layers) {
            NDArray attended = attention(layer, store, h, keyBias, training);
            h = run(layer.norm1, store, h.add(run(layer.dropout, store, attended, training)), training);
            NDArray fed = run(layer.feedOut, store, Activation.relu(run(layer.feedIn, store, h, training)), training);
            h = run(layer.norm2, store, h.add(run(layer.dropout, store, fed, training)), training);
        }
        return readout.apply(h, steps);
    }

    private NDArray attention(Layer layer, ParameterStore store, NDArray h, NDArray keyBias, boolean training) {
        long batch = h.getShape().get(0);
        long t = h.getShape().get(1);
        int per = size / heads;
        NDArray q = split(run(layer.query, store, h, training), per);
        NDArray k = split(run(layer.key, store, h, training), per);
        NDArray v = split(run(layer.value, store, h, training), per);
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div((float) Math.sqrt(per)).add(keyBias);
        NDArray weights = run(layer.dropout, store, scores.softmax(3), training);
        NDArray merged = weights.matMul(v).transpose(0, 2, 1, 3).reshape(batch, t, size);
        return run(layer.projection, store, merged, training);
    }

    /** (B, T, d) → (B, heads, T, d / heads). */
    private NDArray split(NDArray a, int per) {
        return a.reshape(a.getShape().get(0), a.getShape().get(1), heads, per).transpose(0, 2, 1, 3);
    }

    /** The sinusoidal position encodings (1, T, d) of "Attention is all you need". */
    private NDArray positions(NDManager manager, long steps) {
        float[] values = new float[(int) steps * size];
        for (int p = 0; p < steps; p++) {
            for (int i = 0; i < size; i++) {
                double angle = p / Math.pow(10000, (i / 2 * 2) / (double) size);
                values[p * size + i] = (float) (i % 2 == 0 ? Math.sin(angle) : Math.cos(angle));
            }
        }
        return manager.create(values, new Shape(1, steps, size));
    }

    private static NDArray run(Block block, ParameterStore store, NDArray x, boolean training) {
        return block.forward(store, new NDList(x), training).head();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), size)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        input.initialize(manager, dataType, x);
        Shape hidden = new Shape(x.get(0), x.get(1), size);
        Shape wide = new Shape(x.get(0), x.get(1), 4L * size);
        for (Layer layer : layers) {
            for (Block b : layer.blocks()) {
                b.initialize(manager, dataType, b == layer.feedOut ? wide : hidden);
            }
        }
    }
}
