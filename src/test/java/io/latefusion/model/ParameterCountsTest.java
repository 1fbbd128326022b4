package io.latefusion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import io.latefusion.data.Modality;
import org.junit.jupiter.api.Test;

/**
 * Parameter counts against PyTorch's {@code sum(p.numel() for p in model.parameters())}, worked out
 * by hand. Conv: out·in·k² (+ out with bias); BatchNorm: 2·channels; Linear: out·in + out.
 */
class ParameterCountsTest {

    @Test
    void resNet18WithOneChannelAnd64Outputs() {
        // torchvision resnet18 (3 channels, 1000 classes): 11,689,512.
        //   stem conv 64·3·7² = 9,408  → with 1 channel 64·1·7² = 3,136     (−6,272)
        //   fc 512·1000 + 1000 = 513,000 → Linear(512→64) = 32,768 + 64 = 32,832  (−480,168)
        //   11,689,512 − 6,272 − 480,168 = 11,203,072
        assertThat(count(Modality.AUDIO, new EncoderOptions(EncoderType.RESNET18, 64, 1, 0), 1, 32, 94))
                .isEqualTo(11_203_072L);
    }

    @Test
    void resNet34WithOneChannelAnd128Outputs() {
        // torchvision resnet34 (3 channels, 1000 classes): 21,797,672.
        //   stem conv: −6,272 as for ResNet-18
        //   fc 513,000 → Linear(512→128) = 65,536 + 128 = 65,664             (−447,336)
        //   21,797,672 − 6,272 − 447,336 = 21,344,064
        assertThat(count(Modality.IMAGE, new EncoderOptions(EncoderType.RESNET34, 128, 1, 0), 1, 28, 28))
                .isEqualTo(21_344_064L);
    }

    @Test
    void resNetCountDoesNotDependOnTheInputSize() {
        EncoderOptions options = new EncoderOptions(EncoderType.RESNET18, 64, 1, 0);

        assertThat(count(Modality.IMAGE, options, 1, 28, 28))
                .isEqualTo(count(Modality.IMAGE, options, 1, 112, 112));
    }

    @Test
    void studyImageCnnOn28By28() {
        // conv 1→32:  32·1·9 + 32  =     320   BN 64
        // conv 32→64: 64·32·9 + 64 =  18,496   BN 128
        // conv 64→64: 64·64·9 + 64 =  36,928   BN 128
        // conv 64→64:                 36,928   BN 128
        // 28 → pool 2 → 14 → pool 2 → 7: Linear(64·7·7 = 3,136 → 128) = 401,408 + 128 = 401,536
        // (3,136 is the study's hard-coded size)
        // 320 + 18,496 + 36,928 + 36,928 + 64 + 128 + 128 + 128 + 401,536 = 494,656
        assertThat(count(Modality.IMAGE, new EncoderOptions(EncoderType.CNN, 128, 1, 0), 1, 28, 28))
                .isEqualTo(494_656L);
    }

    @Test
    void studyAudioCnnOn32By94() {
        // conv 1→32:  32·1·9 + 32  =     320   BN 64
        // conv 32→32: 32·32·9 + 32 =   9,248   BN 64
        // conv 32→64: 64·32·9 + 64 =  18,496   BN 128
        // conv 64→64: 64·64·9 + 64 =  36,928   BN 128
        // 32×94 → pool 2 → 16×47 → pool 3 → 5×15: Linear(64·5·15 = 4,800 → 64) = 307,200 + 64 = 307,264
        // (4,800 is the study's hard-coded size)
        // 320 + 9,248 + 18,496 + 36,928 + 64 + 64 + 128 + 128 + 307,264 = 372,640
        assertThat(count(Modality.AUDIO, new EncoderOptions(EncoderType.CNN, 64, 1, 0), 1, 32, 94))
                .isEqualTo(372_640L);
    }

    @Test
    void leNetWithEightChannelsAndTwoLayers() {
        // conv 5×5 1→8 (no bias):   8·1·25 =   200   BN 16
        // conv 3×3 8→16 (no bias): 16·8·9  = 1,152   BN 32
        // conv 3×3 16→32 (no bias): 32·16·9 = 4,608  BN 64
        // global average pool, Linear(32→32) = 1,024 + 32 = 1,056
        // 200 + 1,152 + 4,608 + 16 + 32 + 64 + 1,056 = 7,128
        assertThat(count(Modality.IMAGE, new EncoderOptions(EncoderType.LENET, 32, 8, 2), 1, 28, 28))
                .isEqualTo(7_128L);
    }

    @Test
    void leavesOutBatchNormRunningStatisticsThatDjlKeepsAsParameters() {
        // The image CNN's BatchNorms have 32 + 64 + 64 + 64 = 224 channels: 448 running statistics.
        long[] sampleShape = {1, 28, 28};
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = Encoders.build(Modality.IMAGE, new EncoderOptions(EncoderType.CNN, 128, 1, 0), sampleShape);
            EncoderHarness.initialise(block, manager, sampleShape);

            long everyDjlParameter =
                    block.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
            long runningStatistics =
                    block.getParameters().values().stream()
                            .filter(p -> p.getType() == Parameter.Type.RUNNING_MEAN
                                    || p.getType() == Parameter.Type.RUNNING_VAR)
                            .mapToLong(p -> p.getArray().size())
                            .sum();

            assertThat(runningStatistics).isEqualTo(448L);
            assertThat(ParameterCounts.parameterCount(block)).isEqualTo(everyDjlParameter - 448L);
        }
    }

    @Test
    void frozenParametersStillCount() {
        long[] sampleShape = {1, 28, 28};
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = Encoders.build(Modality.IMAGE, new EncoderOptions(EncoderType.LENET, 32, 8, 2), sampleShape);
            EncoderHarness.initialise(block, manager, sampleShape);

            block.freezeParameters(true);

            assertThat(ParameterCounts.parameterCount(block)).isEqualTo(7_128L);
        }
    }

    @Test
    void refusesAnUninitialisedBlock() {
        Block block = Encoders.build(
                Modality.IMAGE, new EncoderOptions(EncoderType.CNN, 128, 1, 0), new long[] {1, 28, 28});

        assertThatThrownBy(() -> ParameterCounts.parameterCount(block))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("uninitialised block");
    }

    private static long count(Modality modality, EncoderOptions options, long... sampleShape) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = Encoders.build(modality, options, sampleShape);
            EncoderHarness.initialise(block, manager, sampleShape);
            return ParameterCounts.parameterCount(block);
        }
    }
}
