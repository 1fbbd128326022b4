package io.latefusion.model;

import ai.djl.nn.Block;
import io.latefusion.data.Modality;
import java.util.Arrays;
import java.util.Objects;

/**
 * Builds the encoder a modality's {@link EncoderOptions} ask for. The block maps a batch (B, C, H,
 * W) — or, for a sequence type, (B, T, F) with optional lengths (see {@link SequenceEncoder}) — to
 * embeddings (B, outputSize); it has no parameter values until it is initialised with the
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
     * @param sampleShape the shape of one sample: [channels, height, width], e.g. [1, 28, 28], for the
     *     convolutional types, [features] for mlp and maxout_mlp, [steps, features] for a sequence
     *     type; used to check that the architecture fits, never to size a layer
     * @return a block mapping (B, C, H, W) to (B, outputSize)
     * @throws IllegalArgumentException if the sample shape is not [C, H, W] with positive sizes, or
     *     its pooling stages would shrink it below 1×1
     */
    public static Block build(Modality modality, EncoderOptions options, long[] sampleShape) {
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sampleShape, "sampleShape");
        if (options.type().sequential()) {
            requireSequenceShape(options.type(), sampleShape);
        }
        return switch (options.type()) {
            case CNN -> CnnEncoder.build(modality, options.outputSize(), requireImageShape(sampleShape));
            case LENET -> LeNetEncoder.build(
                    requireImageShape(sampleShape), options.channels(), options.layers(), options.outputSize());
            case LENET5 -> LeNet5Encoder.build(requireImageShape(sampleShape), options.layers(), options.outputSize());
            case RESNET18 -> resNet(ResNetEncoder.RESNET18_STAGES, options, sampleShape);
            case RESNET34 -> resNet(ResNetEncoder.RESNET34_STAGES, options, sampleShape);
            case MLP -> {
                requireFeatureShape(options.type(), sampleShape);
                yield FeatureEncoders.mlp(options.outputSize());
            }
            case MAXOUT_MLP -> {
                requireFeatureShape(options.type(), sampleShape);
                yield FeatureEncoders.maxoutMlp(options.channels(), options.outputSize());
            }
            case GRU -> RnnEncoder.gru(options.outputSize(), options.layers(), options.readout());
            case LSTM -> RnnEncoder.lstm(options.outputSize(), options.layers(), options.readout());
            case TEXTCNN -> new TextCnnEncoder(options.channels(), options.outputSize());
            case TRANSFORMER -> new TransformerEncoder(options.outputSize(), options.heads(), options.layers(),
                    options.readout());
        };
    }

    /** A sequence encoder needs [steps, features]; the text CNN at least as many steps as its widest window. */
    private static void requireSequenceShape(EncoderType type, long[] sampleShape) {
        long minSteps = type == EncoderType.TEXTCNN ? TextCnnEncoder.WIDTHS[TextCnnEncoder.WIDTHS.length - 1] : 1;
        if (sampleShape.length != 2 || sampleShape[0] < minSteps || sampleShape[1] < 1) {
            throw new IllegalArgumentException("Invalid sample shape " + Arrays.toString(sampleShape) + " for a "
                    + type.configName() + " encoder: expected [steps, features] with steps ≥ " + minSteps
                    + " and features ≥ 1");
        }
    }

    private static Block resNet(java.util.List<Integer> stages, EncoderOptions options, long[] sampleShape) {
        requireImageShape(sampleShape);
        return ResNetEncoder.build(stages, options.outputSize());
    }

    /** Checks that a feature-vector encoder gets samples [features]. */
    private static void requireFeatureShape(EncoderType type, long[] sampleShape) {
        if (sampleShape.length != 1 || sampleShape[0] < 1) {
            throw new IllegalArgumentException("Invalid sample shape " + Arrays.toString(sampleShape) + " for encoder "
                    + type.configName() + ": expected [features], a feature vector");
        }
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
