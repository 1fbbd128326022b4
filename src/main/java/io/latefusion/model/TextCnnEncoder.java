package io.latefusion.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The study's MOSI text encoder (DESIGN.md §8) over (B, T, F) word features: convolutions of width
 * 3, 4 and 5 along time with {@code channels} filters each → ReLU → max over time → concatenated
 * (3 × channels) → Dropout 0.5 → Linear(→ output) → ReLU. The study's is 768 → 128 per width → 384 →
 * 64. With lengths, only windows that lie wholly inside the real steps enter the max (after the ReLU
 * every value is ≥ 0, so the masked windows are set to 0); a sample shorter than a width gets 0 for it.
 */
final class TextCnnEncoder extends SequenceEncoder {

    /** The study's convolution widths. */
    static final int[] WIDTHS = {3, 4, 5};

    private final List<Block> convolutions = new ArrayList<>();
    private final Block dropout;
    private final Block linear;
    private final int output;

    TextCnnEncoder(int channels, int output) {
        for (int width : WIDTHS) {
            Block conv = Conv1d.builder().setKernelShape(new Shape(width)).setFilters(channels).build();
            conv.setInitializer(TorchInit.DEFAULT_WEIGHT, Parameter.Type.WEIGHT);
            convolutions.add(addChildBlock("conv" + width, conv));
        }
        this.dropout = addChildBlock("dropout", Dropout.builder().optRate(0.5f).build());
        this.linear = addChildBlock("linear", Layers.linear(output, TorchInit.DEFAULT_WEIGHT));
        this.output = output;
    }

    @Override
    protected NDArray encode(ParameterStore store, NDArray x, NDArray steps, boolean training) {
        NDArray channelsFirst = x.transpose(0, 2, 1);
        NDList pooled = new NDList(WIDTHS.length);
        for (int i = 0; i < WIDTHS.length; i++) {
            NDArray maps = Activation.relu(convolutions.get(i).forward(store, new NDList(channelsFirst), training)
                    .head());
            // window p covers steps p..p+w-1: it is real when step p+w-1 is
            NDArray windows = steps.get(":, " + (WIDTHS[i] - 1) + ":").expandDims(1);
            pooled.add(maps.mul(windows).max(new int[] {2}));
        }
        NDArray features = ai.djl.ndarray.NDArrays.concat(pooled, 1);
        NDArray dropped = dropout.forward(store, new NDList(features), training).head();
        return Activation.relu(linear.forward(store, new NDList(dropped), training).head());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), output)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        Shape channelsFirst = new Shape(x.get(0), x.get(2), x.get(1));
        long features = 0;
        for (Block conv : convolutions) {
            conv.initialize(manager, dataType, channelsFirst);
            features += conv.getOutputShapes(new Shape[] {channelsFirst})[0].get(1);
        }
        Shape pooled = new Shape(x.get(0), features);
        dropout.initialize(manager, dataType, pooled);
        linear.initialize(manager, dataType, pooled);
    }
}
