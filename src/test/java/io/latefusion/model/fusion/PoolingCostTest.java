package io.latefusion.model.fusion;

import static io.latefusion.model.fusion.FusionHarness.initialised;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parameter counts (PyTorch's: every weight and bias) and multiply-add estimates against numbers
 * worked out by hand. Linear(in→out) has in·out weights (+ out biases) and costs in·out; a weighted
 * sum over M modalities of width s costs M·s.
 *
 * <p>Two modalities of widths 3 and 5, projection s = 4:
 * <ul>
 *   <li>projections with bias: (3·4 + 4) + (5·4 + 4) = 40 parameters, 3·4 + 5·4 = 32 multiply-adds;
 *   <li>gated scorer Linear(8→4) + Linear(4→1): 36 + 5 parameters, 32 + 4 multiply-adds;
 *   <li>attention scorer Linear(8→4) + Linear(4→2): 36 + 10 parameters, 32 + 8 multiply-adds;
 *   <li>GMU: bias-free h_m 12 + 20 = 32, W_z Linear(8→4) 32 (the gate reads the raw 3 + 5 = 8);
 *   <li>scalar GMU: bias-free h_m 32, W_z Linear(2·4 → 1) 8;
 *   <li>weighted poolings: + 2·4 = 8 multiply-adds for Σ w_m·p_m.
 * </ul>
 * Three modalities of widths 3, 5, 7, s = 4: projections 16 + 24 + 32 = 72 (60 multiply-adds);
 * gated + Linear(12→4) 52 + Linear(4→2) 10; attention + 52 + Linear(4→3) 15; GMU 60 +
 * Linear(15→8) 120; scalar GMU 60 + Linear(12→2) 24; weighted sums 3·4 = 12.
 */
class PoolingCostTest {

    static Stream<Arguments> handCounts() {
        return Stream.of(
                //                 sizes, projection width s, parameters, multiply-adds
                Arguments.of(FusionType.CONCAT, new int[] {3, 5}, 4, 0L, 0L),
                Arguments.of(FusionType.SUM, new int[] {3, 5}, 4, 40L, 32L),
                Arguments.of(FusionType.AVG, new int[] {3, 5}, 4, 40L, 32L),
                Arguments.of(FusionType.MAX, new int[] {3, 5}, 4, 40L, 32L),
                Arguments.of(FusionType.GATED, new int[] {3, 5}, 4, 81L, 32L + 32 + 4 + 8),
                Arguments.of(FusionType.ATTENTION, new int[] {3, 5}, 4, 86L, 32L + 32 + 8 + 8),
                Arguments.of(FusionType.GMU, new int[] {3, 5}, 4, 64L, 32L + 32 + 8),
                Arguments.of(FusionType.GMU_SCALAR, new int[] {3, 5}, 4, 40L, 32L + 8 + 8),
                Arguments.of(FusionType.CONCAT, new int[] {3, 5, 7}, 4, 0L, 0L),
                Arguments.of(FusionType.SUM, new int[] {3, 5, 7}, 4, 72L, 60L),
                Arguments.of(FusionType.AVG, new int[] {3, 5, 7}, 4, 72L, 60L),
                Arguments.of(FusionType.MAX, new int[] {3, 5, 7}, 4, 72L, 60L),
                Arguments.of(FusionType.GATED, new int[] {3, 5, 7}, 4, 134L, 60L + 48 + 8 + 12),
                Arguments.of(FusionType.ATTENTION, new int[] {3, 5, 7}, 4, 139L, 60L + 48 + 12 + 12),
                Arguments.of(FusionType.GMU, new int[] {3, 5, 7}, 4, 180L, 60L + 120 + 12),
                Arguments.of(FusionType.GMU_SCALAR, new int[] {3, 5, 7}, 4, 84L, 60L + 24 + 12),
                // the study's MM-IMDb sizes: image 4096, text 300, s = 512
                //   scalar GMU: 4096·512 + 300·512 + 1024·1 = 2,097,152 + 153,600 + 1,024
                Arguments.of(FusionType.GMU_SCALAR, new int[] {4096, 300}, 512, 2_251_776L, 2_250_752L + 1_024 + 1_024),
                //   gated: (2,097,152 + 512) + (153,600 + 512) + Linear(1024→512) 524,800 + Linear(512→1) 513
                Arguments.of(FusionType.GATED, new int[] {4096, 300}, 512, 2_777_089L,
                        2_250_752L + 524_288 + 512 + 1_024),
                //   attention: the same but Linear(512→2) 1,026
                Arguments.of(FusionType.ATTENTION, new int[] {4096, 300}, 512, 2_777_602L,
                        2_250_752L + 524_288 + 1_024 + 1_024));
    }

    @ParameterizedTest(name = "{0} over {1}, s = {2}")
    @MethodSource("handCounts")
    void parametersAndMultiplyAddsMatchTheHandCount(FusionType type, int[] sizes, int size, long parameters,
                                                     long multiplyAdds) {
        for (MissingPolicy policy : MissingPolicy.values()) {
            try (NDManager manager = NDManager.newBaseManager()) {
                Fusion fusion = initialised(manager, new PoolingOptions(type, size, 0.1, policy), 2, sizes);
                assertThat(fusion.parameterCount()).as("parameters, %s", policy).isEqualTo(parameters);
                assertThat(fusion.flopsEstimate(sizes)).as("multiply-adds, %s", policy).isEqualTo(multiplyAdds);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("io.latefusion.model.fusion.FusionHarness#everyPoolingAndPolicy")
    void theEstimateNeedsOneSizePerModalityAndTheCountAnInitialisedBlock(PoolingOptions options) {
        Fusion fusion = Fusion.of(options, 2);
        assertThatThrownBy(() -> fusion.flopsEstimate(new int[] {3}))
                .hasMessageContaining("Expected 2 embedding sizes for " + options.poolingType().key() + ", got 1");
        assertThatThrownBy(fusion::parameterCount).isInstanceOf(IllegalStateException.class);
    }
}
