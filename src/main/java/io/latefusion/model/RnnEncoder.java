package io.latefusion.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.recurrent.GRU;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.nn.recurrent.RecurrentBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.UniformInitializer;

/**
 * A GRU or LSTM over (B, T, F), batch first, read out at each sample's real steps: {@code last}
 * is the top layer's hidden state after the last real step (what {@code pack_padded_sequence} then
 * {@code h[-1]} gives in PyTorch), {@code mean} the mean of its outputs over the real steps. The
 * real steps come first, so a one-directional RNN's outputs there never see the padding. Weights and
 * biases start as PyTorch's do, U(±1/√hidden). MultiBench's MOSI encoders are GRU 35→70, 74→200,
 * 300→600; the study's are LSTM 5→64 and 20→64 with the final hidden state.
 */
final class RnnEncoder extends SequenceEncoder {

    private final RecurrentBlock rnn;
    private final SequenceReadout readout;
    private final int hidden;

    private RnnEncoder(RecurrentBlock rnn, int hidden, SequenceReadout readout) {
        this.rnn = addChildBlock("rnn", rnn);
        this.hidden = hidden;
        this.readout = readout;
        UniformInitializer init = new UniformInitializer((float) (1 / Math.sqrt(hidden)));
        rnn.setInitializer(init, Parameter.Type.WEIGHT);
        rnn.setInitializer(init, Parameter.Type.BIAS);
    }

    /** A GRU of {@code layers} layers and {@code hidden} units. */
    static RnnEncoder gru(int hidden, int layers, SequenceReadout readout) {
        return new RnnEncoder(GRU.builder().setStateSize(hidden).setNumLayers(layers).optBatchFirst(true)
                .optReturnState(false).build(), hidden, readout);
    }

    /** An LSTM of {@code layers} layers and {@code hidden} units. */
    static RnnEncoder lstm(int hidden, int layers, SequenceReadout readout) {
        return new RnnEncoder(LSTM.builder().setStateSize(hidden).setNumLayers(layers).optBatchFirst(true)
                .optReturnState(false).build(), hidden, readout);
    }

    @Override
    protected NDArray encode(ParameterStore store, NDArray x, NDArray steps, boolean training) {
        NDArray outputs = rnn.forward(store, new NDList(x), training).head();
        return readout.apply(outputs, steps);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), hidden)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        rnn.initialize(manager, dataType, inputShapes[0]);
    }
}
