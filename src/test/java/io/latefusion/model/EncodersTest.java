package io.latefusion.model;

import static io.latefusion.model.EncoderHarness.BATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.latefusion.data.Modality;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EncodersTest {

    private static final int OUTPUT_SIZE = 16;
    private static final long[][] SAMPLE_SHAPES = {{1, 28, 28}, {1, 32, 94}, {1, 112, 112}};
    private static final long[][] FEATURE_SHAPES = {{300}, {4096}};
    private static final List<EncoderType> FEATURE_TYPES = List.of(EncoderType.MLP, EncoderType.MAXOUT_MLP);

    /**
     * Every image type on every image shape, the CNN, whose layout depends on it, with both
     * modalities; every feature-vector type on MM-IMDb's text and image widths.
     */
    static List<Arguments> encodersAndShapes() {
        List<Arguments> cases = new ArrayList<>();
        for (long[] shape : SAMPLE_SHAPES) {
            cases.add(Arguments.of(Modality.AUDIO, EncoderType.CNN, shape));
            for (EncoderType type : EncoderType.values()) {
                if (!FEATURE_TYPES.contains(type) && !type.sequential()) {
                    cases.add(Arguments.of(Modality.IMAGE, type, shape));
                }
            }
        }
        for (long[] shape : FEATURE_SHAPES) {
            for (EncoderType type : FEATURE_TYPES) {
                cases.add(Arguments.of(Modality.TEXT, type, shape));
            }
        }
        return cases;
    }

    @Test
    void featureAndImageEncodersRefuseEachOthersSampleShapes() {
        assertThatThrownBy(() -> Encoders.build(Modality.TEXT, new EncoderOptions(EncoderType.MLP, 8, 1, 0),
                new long[] {1, 28, 28})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid sample shape [1, 28, 28] for encoder mlp: expected [features], a feature vector");
        assertThatThrownBy(() -> Encoders.build(Modality.IMAGE, new EncoderOptions(EncoderType.LENET, 8, 4, 1),
                new long[] {4096})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected [channels, height, width]");
    }

    @ParameterizedTest(name = "{1} {0} on {2}")
    @MethodSource("encodersAndShapes")
    void mapsABatchToOneEmbeddingPerSample(Modality modality, EncoderType type, long[] sampleShape) {
        EncoderOptions options = new EncoderOptions(type, OUTPUT_SIZE, 8, 2);
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = Encoders.build(modality, options, sampleShape);
            EncoderHarness.initialise(block, manager, sampleShape);

            NDArray output = EncoderHarness.forward(block, manager, EncoderHarness.input(manager, sampleShape), false);

            assertThat(output.getShape()).isEqualTo(new Shape(BATCH, OUTPUT_SIZE));
            assertThat(output.isInfinite().any().getBoolean()).isFalse();
            assertThat(output.isNaN().any().getBoolean()).isFalse();
        }
    }

    @Test
    void leNetAcceptsAsManyLayersAsThe28By28InputAllows() {
        // 28 → 14 (5×5 stage) → 7 → 3 → 1 after three extra stages.
        EncoderOptions options = new EncoderOptions(EncoderType.LENET, OUTPUT_SIZE, 8, 3);
        long[] sampleShape = {1, 28, 28};
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = Encoders.build(Modality.IMAGE, options, sampleShape);
            EncoderHarness.initialise(block, manager, sampleShape);

            NDArray output = EncoderHarness.forward(block, manager, EncoderHarness.input(manager, sampleShape), false);

            assertThat(output.getShape()).isEqualTo(new Shape(BATCH, OUTPUT_SIZE));
        }
    }

    @Test
    void leNetWithTooManyLayersForTheInputIsRefusedAtBuildTime() {
        EncoderOptions options = new EncoderOptions(EncoderType.LENET, OUTPUT_SIZE, 8, 4);

        assertThatThrownBy(() -> Encoders.build(Modality.IMAGE, options, new long[] {1, 28, 28}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "Encoder lenet (channels 8, layers 4) does not fit sample shape [1, 28, 28]:"
                                + " max-pool 5 of 5 (kernel 2) would shrink 1×1 to 0×0");
    }

    @Test
    void audioCnnTooSmallForItsPoolsIsRefusedAtBuildTime() {
        EncoderOptions options = new EncoderOptions(EncoderType.CNN, OUTPUT_SIZE, 1, 0);

        assertThatThrownBy(() -> Encoders.build(Modality.AUDIO, options, new long[] {1, 4, 94}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Encoder cnn (audio)")
                .hasMessageContaining("[1, 4, 94]")
                .hasMessageContaining("would shrink 2×47 to 0×15");
    }

    @Test
    void refusesASampleShapeThatIsNotChannelsHeightWidth() {
        EncoderOptions options = new EncoderOptions(EncoderType.RESNET18, OUTPUT_SIZE, 1, 0);

        assertThatThrownBy(() -> Encoders.build(Modality.IMAGE, options, new long[] {28, 28}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid sample shape [28, 28]: expected [channels, height, width], each ≥ 1");
        assertThatThrownBy(() -> Encoders.build(Modality.IMAGE, options, new long[] {1, 0, 28}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[1, 0, 28]");
    }
}
