package io.latefusion.model.fusion;

import static io.latefusion.model.fusion.FusionHarness.fuse;
import static io.latefusion.model.fusion.FusionHarness.initialised;
import static io.latefusion.model.fusion.FusionHarness.inputs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pooling's output width, for two and three modalities, and the gated ones' two-modality minimum. */
class PoolingOutputTest {

    private static final float[][] TWO = {{1, 1}, {1, 0}, {0, 1}};
    private static final float[][] THREE = {{1, 1, 1}, {1, 0, 0}, {0, 1, 1}};

    static Stream<PoolingOptions> everyPoolingAndPolicy() {
        return FusionHarness.everyPoolingAndPolicy();
    }

    @ParameterizedTest
    @MethodSource("everyPoolingAndPolicy")
    void theOutputIsOneVectorPerSampleOfTheProjectionWidthOrTheConcatenatedWidth(PoolingOptions options) {
        boolean concat = options.poolingType() == FusionType.CONCAT;
        try (NDManager manager = NDManager.newBaseManager()) {
            Fusion two = initialised(manager, options, 3, 3, 5);
            NDArray out = fuse(two, manager, inputs(manager, TWO, 3, 5));
            assertThat(out.getShape()).isEqualTo(new Shape(3, concat ? 8 : 4));
            assertThat(two.getOutputShapes(new Shape[] {new Shape(3, 3), new Shape(3, 5), new Shape(3, 2)}))
                    .containsExactly(out.getShape());
            assertThat(two.type()).isEqualTo(options.poolingType());

            Fusion three = initialised(manager, options, 3, 3, 5, 7);
            assertThat(fuse(three, manager, inputs(manager, THREE, 3, 5, 7)).getShape())
                    .isEqualTo(new Shape(3, concat ? 15 : 4));
        }
    }

    @ParameterizedTest
    @EnumSource(value = FusionType.class, names = {"GATED", "GMU", "GMU_SCALAR"})
    void aGateBetweenModalitiesNeedsTwo(FusionType type) {
        assertThatThrownBy(() -> Fusion.of(FusionHarness.options(type, MissingPolicy.ZERO), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model.multimodal_pooling.pooling_type: " + type.key())
                .hasMessageContaining("at least 2");
    }

    @ParameterizedTest
    @EnumSource(FusionType.class)
    void theInputsMustBeTheEmbeddingsAndTheMask(FusionType type) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Fusion fusion = Fusion.of(FusionHarness.options(type, MissingPolicy.ZERO), 2);
            assertThatThrownBy(() -> fusion.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32,
                    new Shape(3, 3), new Shape(3, 5)))
                    .hasMessageContaining("expects 2 embeddings and the presence mask, got 2 inputs");
        }
    }
}
