package io.latefusion.model;

/**
 * What encoder to build for one modality.
 *
 * @param type the architecture
 * @param outputSize the embedding size, the encoder's last Linear layer's width (≥ 1)
 * @param channels the LeNet's base width, the output channels of its first 5×5 convolution, or the
 *     MaxOut-MLP's first hidden width (≥ 1); ignored by the other types
 * @param layers the LeNet's number of extra 3×3 convolution stages, each doubling the width (≥ 0);
 *     ignored by the other types
 */
public record EncoderOptions(EncoderType type, int outputSize, int channels, int layers) {

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
    }
}
