package io.latefusion.model;

import ai.djl.nn.Block;
import io.latefusion.data.Modality;
import java.util.Arrays;
import java.util.Objects;

/**
 * Builds the encoder a modality's {@link EncoderOptions} ask for. The block maps a batch (B, C, H,
 * W) to embeddings (B, outputSize); it has no parameter values until it is initialised with the
 * input shape, e.g. {@code block.initialize(manager, DataType.FLOAT32, new Shape(B, C, H, W))}, or
 * loaded.
 *
 * <p>To start from saved (pre-trained) weights, build a fresh block and call {@link
 * Block#loadParameters} on it <em>before</em> any {@code initialize} or {@code trainer.initialize}:
 * loading into an initialised trainer is silently ignored (DESIGN.md §3).
 */
public final class Encoders {

    private Encoders() {}

    /**
     * Builds an uninitialised encoder.
     *
     * @param modality the modality it encodes; only {@link EncoderType#CNN} depends on it (audio or
     *     image layout)
     * @param options the architecture and its sizes
     * @param sampleShape the shape of one sample, [channels, height, width], e.g. [1, 28, 28]; used to
     *     check that the architecture fits, never to size a layer
     * @return a block mapping (B, C, H, W) to (B, outputSize)
     * @throws IllegalArgumentException if the sample shape is not [C, H, W] with positive sizes, or
     *     its pooling stages would shrink it below 1×1
     */
    public static Block build(Modality modality, EncoderOptions options, long[] sampleShape) {
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sampleShape, "sampleShape");
        return switch (options.type()) {
            case CNN -> CnnEncoder.build(modality, options.outputSize(), requireImageShape(sampleShape));
            case LENET -> LeNetEncoder.build(
                    requireImageShape(sampleShape), options.channels(), options.layers(), options.outputSize());
            case RESNET18 -> resNet(ResNetEncoder.RESNET18_STAGES, options, sampleShape);
            case RESNET34 -> resNet(ResNetEncoder.RESNET34_STAGES, options, sampleShape);
        };
    }

    private static Block resNet(java.util.List<Integer> stages, EncoderOptions options, long[] sampleShape) {
        requireImageShape(sampleShape);
        return ResNetEncoder.build(stages, options.outputSize());
    }

    /** Checks that an image-like encoder gets samples [channels, height, width]; returns the shape. */
    private static long[] requireImageShape(long[] sampleShape) {
        if (sampleShape.length != 3 || Arrays.stream(sampleShape).anyMatch(size -> size < 1)) {
            throw new IllegalArgumentException(
                    "Invalid sample shape "
                            + Arrays.toString(sampleShape)
                            + ": expected [channels, height, width], each ≥ 1");
        }
        return sampleShape;
    }
}
