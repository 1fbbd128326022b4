package io.latefusion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import io.latefusion.data.Modality;
import org.junit.jupiter.api.Test;

/** Initial weights follow the PyTorch rules each architecture's reference code uses. */
class EncoderInitialisationTest {

    private static final long[] SAMPLE_SHAPE = {1, 28, 28};

    @Test
    void resNetConvolutionsAreKaimingNormalFanOutAndItsLinearIsPyTorchsDefault() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = initialised(manager, new EncoderOptions(EncoderType.RESNET18, 16, 1, 0));

            // Stage-4 first 3×3 conv 256→512: fan_out = 512·9, so std = √(2 / 4608) ≈ 0.0208 (1.2M
            // draws); DJL's default, fan_in = 256·9, would give √(2 / 2304) ≈ 0.0295.
            NDArray conv = weight(block, new Shape(512, 256, 3, 3));
            assertThat(conv.mean().getFloat()).isCloseTo(0f, within(1e-3f));
            assertThat(std(conv)).isCloseTo(Math.sqrt(2.0 / 4608), within(0.02 * Math.sqrt(2.0 / 4608)));
            // Linear(512→16): U(±1/√512).
            assertUniformWithin(weight(block, new Shape(16, 512)), 1 / Math.sqrt(512));
            assertThat(firstOfType(block, Parameter.Type.GAMMA).eq(1f).all().getBoolean()).isTrue();
            assertThat(firstOfType(block, Parameter.Type.BETA).eq(0f).all().getBoolean()).isTrue();
        }
    }

    @Test
    void leNetWeightsAreKaimingUniform() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = initialised(manager, new EncoderOptions(EncoderType.LENET, 16, 8, 2));

            // 3×3 conv 16→32: fan_in = 16·9 = 144, so U(±√(6/144)).
            assertUniformWithin(weight(block, new Shape(32, 16, 3, 3)), Math.sqrt(6.0 / 144));
        }
    }

    @Test
    void studyCnnWeightsArePyTorchsDefault() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = initialised(manager, new EncoderOptions(EncoderType.CNN, 128, 1, 0));

            // Linear(3136→128): U(±1/√3136); 3×3 conv 64→64: U(±1/√576).
            assertUniformWithin(weight(block, new Shape(128, 3136)), 1 / Math.sqrt(3136));
            assertUniformWithin(weight(block, new Shape(64, 64, 3, 3)), 1 / Math.sqrt(576));
        }
    }

    private static Block initialised(NDManager manager, EncoderOptions options) {
        Block block = Encoders.build(Modality.IMAGE, options, SAMPLE_SHAPE);
        EncoderHarness.initialise(block, manager, SAMPLE_SHAPE);
        return block;
    }

    /** Filled up to its bound: every value inside, the largest within 1 % of it. */
    private static void assertUniformWithin(NDArray weight, double bound) {
        double largest = weight.abs().max().getFloat();
        assertThat(largest).isLessThanOrEqualTo(bound).isGreaterThan(0.99 * bound);
    }

    private static double std(NDArray array) {
        return Math.sqrt(array.sub(array.mean()).square().mean().getFloat());
    }

    private static NDArray weight(Block block, Shape shape) {
        return block.getParameters().values().stream()
                .filter(p -> p.getType() == Parameter.Type.WEIGHT && p.getArray().getShape().equals(shape))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No weight of shape " + shape))
                .getArray();
    }

    private static NDArray firstOfType(Block block, Parameter.Type type) {
        return block.getParameters().values().stream()
                .filter(p -> p.getType() == type)
                .findFirst()
                .orElseThrow()
                .getArray();
    }
}
