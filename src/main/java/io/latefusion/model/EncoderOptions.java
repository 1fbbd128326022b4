package io.latefusion.model;

/**
 * What encoder to build for one modality.
 *
 * @param type the architecture
 * @param outputSize the embedding size, the encoder's last Linear layer's width (≥ 1)
 * @param channels the LeNet's base width, the output channels of its first 5×5 convolution, or the
 *     MaxOut-MLP's first hidden width (≥ 1); ignored by the other types
 * @param layers the LeNet's or LeNet-5's number of extra 3×3 convolution stages, each doubling the width (≥ 0);
 *     the number of stacked layers of a GRU, LSTM or Transformer (≥ 1); ignored by the other types.
 *     A TextCNN reads {@code channels} as its filters per convolution width (the study's 128).
 * @param readout how a GRU, LSTM or Transformer turns its outputs into the embedding: {@code last}
 *     (the default, the final hidden state) or {@code mean} over the real steps; ignored by the others
 * @param heads the Transformer's attention heads (default 4; must divide output_size)
 */
public record EncoderOptions(EncoderType type, int outputSize, int channels, int layers, SequenceReadout readout,
                             Integer heads) {

    /** Attention heads when none are configured. */
    public static final int DEFAULT_HEADS = 4;

    public EncoderOptions {
        if (type == null) {
            throw new IllegalArgumentException(
                    "Missing encoder type: expected one of " + EncoderType.validNames());
        }
        if (outputSize < 1) {
            throw new IllegalArgumentException(
                    "Invalid encoder output_size: " + outputSize + " (expected ≥ 1)");
        }
        if (channels < 1) {
            throw new IllegalArgumentException(
                    "Invalid encoder channels: " + channels + " (expected ≥ 1)");
        }
        if (layers < 0) {
            throw new IllegalArgumentException(
                    "Invalid encoder layers: " + layers + " (expected ≥ 0)");
        }
        if (layers < 1 && (type == EncoderType.GRU || type == EncoderType.LSTM || type == EncoderType.TRANSFORMER)) {
            throw new IllegalArgumentException("Invalid encoder layers: " + layers + " for a " + type.configName()
                    + " encoder (expected ≥ 1)");
        }
        readout = readout == null ? SequenceReadout.LAST : readout;
        heads = heads == null ? DEFAULT_HEADS : heads;
        if (heads < 1) {
            throw new IllegalArgumentException("Invalid encoder heads: " + heads + " (expected ≥ 1)");
        }
        if (type == EncoderType.TRANSFORMER && outputSize % heads != 0) {
            throw new IllegalArgumentException("Invalid encoder heads: " + heads + " does not divide output_size "
                    + outputSize + " (a transformer splits its width among the heads)");
        }
    }

    /** An image or LeNet-style encoder: no sequence settings. */
    public EncoderOptions(EncoderType type, int outputSize, int channels, int layers) {
        this(type, outputSize, channels, layers, null, null);
    }
}
