package io.latefusion.model;

import static io.latefusion.model.EncoderHarness.BATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import io.latefusion.experiment.Cell;
import io.latefusion.experiment.ExperimentConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code lenet5} encoder and the study-scale AVMNIST model built from it, counted by hand as
 * PyTorch would: Conv2d out·in·k² + out, Linear out·in + out, no BatchNorm.
 */
class LeNet5EncoderTest {

    private static final long[] IMAGE = {1, 28, 28};
    private static final long[] AUDIO = {1, 32, 94};

    @Test
    void classicLeNet5OnA28By28Image() {
        // conv 1→6 5×5 pad 2:   6·1·25 + 6   =    156   28×28 → pool → 14×14
        // conv 6→16 5×5:        16·6·25 + 16 =  2,416   10×10 → pool → 5×5
        // Linear(16·5·5 = 400 → 120) = 48,000 + 120 = 48,120
        // Linear(120 → 84)           = 10,080 + 84  = 10,164
        // Linear(84 → 71)            =  5,964 + 71  =  6,035
        // 156 + 2,416 + 48,120 + 10,164 + 6,035 = 66,891
        assertThat(count(new EncoderOptions(EncoderType.LENET5, 71, 1, 0), IMAGE)).isEqualTo(66_891L);
    }

    @Test
    void enhancedLeNet5OnThe32By94Spectrogram() {
        // conv 1→6 5×5 pad 2:     156    32×94 → pool → 16×47
        // conv 6→16 5×5:        2,416    12×43 → pool → 6×21
        // conv 16→32 3×3 pad 1: 32·16·9 + 32 = 4,640   6×21 → pool → 3×10
        // Linear(32·3·10 = 960 → 120) = 115,200 + 120 = 115,320
        // Linear(120 → 84) = 10,164;  Linear(84 → 72) = 6,048 + 72 = 6,120
        // 156 + 2,416 + 4,640 + 115,320 + 10,164 + 6,120 = 138,816
        assertThat(count(new EncoderOptions(EncoderType.LENET5, 72, 1, 1), AUDIO)).isEqualTo(138_816L);
    }

    @Test
    void mapsBothStudyShapesToOneEmbeddingPerSample() {
        for (long[] shape : List.of(IMAGE, AUDIO)) {
            try (NDManager manager = NDManager.newBaseManager()) {
                Block block = Encoders.build(Modality.AUDIO, new EncoderOptions(EncoderType.LENET5, 72, 1, 1), shape);
                EncoderHarness.initialise(block, manager, shape);

                NDArray output = EncoderHarness.forward(block, manager, EncoderHarness.input(manager, shape), true);

                assertThat(output.getShape()).isEqualTo(new Shape(BATCH, 72));
                assertThat(output.isNaN().any().getBoolean()).isFalse();
            }
        }
    }

    @Test
    void savedParametersLoadedIntoAFreshEncoderGiveIdenticalOutputs() throws Exception {
        EncoderOptions options = new EncoderOptions(EncoderType.LENET5, 72, 1, 1);
        try (NDManager manager = NDManager.newBaseManager()) {
            Block original = Encoders.build(Modality.AUDIO, options, AUDIO);
            EncoderHarness.initialise(original, manager, AUDIO);
            NDArray x = EncoderHarness.input(manager, AUDIO);
            float[] expected = EncoderHarness.forward(original, manager, x, false).toFloatArray();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
                original.saveParameters(out);
            }

            Block loaded = Encoders.build(Modality.AUDIO, options, AUDIO);
            try (java.io.DataInputStream in = new java.io.DataInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                loaded.loadParameters(manager, in);
            }

            assertThat(EncoderHarness.forward(loaded, manager, x, false).toFloatArray()).containsExactly(expected);
        }
    }

    @Test
    void refusesAnInputTheUnpaddedConvolutionCannotTake() {
        // 12×12 → pool → 6×6 → the 5×5 convolution leaves 2×2 → pool → 1×1 → a third pool: 0×0
        assertThatThrownBy(() -> Encoders.build(Modality.IMAGE, new EncoderOptions(EncoderType.LENET5, 8, 1, 1),
                new long[] {1, 12, 12}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Encoder lenet5 (layers 1) does not fit sample shape [1, 12, 12]:"
                        + " max-pool 3 of 3 (kernel 2) would shrink 1×1 to 0×0");
    }

    @Test
    void theStudyScaleModelHasTheCountClosestToTheStudys232978() {
        // audio encoder 138,816 + image encoder 66,891 (above)
        // head: Linear(72 + 71 = 143 → 128) = 18,304 + 128 = 18,432
        //       Linear(128 → 64) = 8,192 + 64 = 8,256;  Linear(64 → 10) = 640 + 10 = 650
        // 138,816 + 66,891 + 18,432 + 8,256 + 650 = 233,045, the study's 232,978 + 67 (each unit of
        // embedding width costs 85 + 128 = 213, so 142 would give 232,832, −146)
        ExperimentConfig config = new Cell("avmnist", "none", "concat", "study").config(List.of());
        LateFusionModel model = ModelFactory.fusionModel(config.model(), ModalitySet.of(Modality.AUDIO, Modality.IMAGE),
                m -> m == Modality.AUDIO ? AUDIO : IMAGE, 10);
        try (NDManager manager = NDManager.newBaseManager()) {
            model.initialize(manager, DataType.FLOAT32, EncoderHarness.batchShape(AUDIO),
                    EncoderHarness.batchShape(IMAGE), new Shape(BATCH, 2));

            assertThat(ParameterCounts.parameterCount(model)).isEqualTo(233_045L);
        }
        assertThat(config.train().batchSize()).isEqualTo(64);
    }

    private static long count(EncoderOptions options, long[] sampleShape) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = Encoders.build(Modality.IMAGE, options, sampleShape);
            EncoderHarness.initialise(block, manager, sampleShape);
            return ParameterCounts.parameterCount(block);
        }
    }
}
