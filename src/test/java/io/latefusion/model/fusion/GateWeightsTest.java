package io.latefusion.model.fusion;

import static io.latefusion.model.fusion.FusionHarness.initialised;
import static io.latefusion.model.fusion.FusionHarness.inputs;
import static io.latefusion.model.fusion.FusionHarness.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The gated, GMU and attention weights: a distribution over modalities per sample (and hidden unit). */
class GateWeightsTest {

    private static final float[][] TWO = {{1, 0}, {0, 1}, {1, 1}, {1, 1}};
    private static final float[][] THREE = {{1, 0, 1}, {0, 1, 0}, {1, 1, 1}, {0, 0, 1}};

    static Stream<PoolingOptions> weightedPoolings() {
        return FusionHarness.everyPoolingAndPolicy().filter(o -> switch (o.poolingType()) {
            case GATED, GMU, GMU_SCALAR, ATTENTION -> true;
            default -> false;
        });
    }

    @ParameterizedTest
    @MethodSource("weightedPoolings")
    void weightsLieInZeroOneAndSumToOneOverModalities(PoolingOptions options) {
        try (NDManager manager = NDManager.newBaseManager()) {
            check(manager, options, TWO, 3, 5);
            check(manager, options, THREE, 3, 5, 7);
        }
    }

    private static void check(NDManager manager, PoolingOptions options, float[][] mask, int... sizes) {
        Fusion fusion = initialised(manager, options, mask.length, sizes);
        NDArray w = weights(fusion, manager, inputs(manager, mask, sizes));
        boolean perUnit = options.poolingType() == FusionType.GMU;
        assertThat(w.getShape()).isEqualTo(perUnit ? new Shape(mask.length, sizes.length, 4)
                : new Shape(mask.length, sizes.length));
        assertThat(w.min().getFloat()).isGreaterThanOrEqualTo(0f);
        assertThat(w.max().getFloat()).isLessThanOrEqualTo(1f);
        NDArray sums = w.sum(new int[] {1});
        assertThat(sums.toFloatArray()).containsExactly(sums.onesLike().toFloatArray(), within(1e-6f));
        for (int b = 0; b < mask.length; b++) {
            for (int m = 0; m < sizes.length; m++) {
                NDArray weight = w.get(b).get(m);
                if (mask[b][m] == 0 && options.missingPolicy() == MissingPolicy.EXCLUDE) {
                    assertThat(weight.toFloatArray()).as("sample %d, absent modality %d", b, m).containsOnly(0f);
                } else {
                    assertThat(weight.min().getFloat()).as("sample %d, modality %d", b, m).isGreaterThan(0f);
                }
            }
        }
    }

    @Test
    void aReferenceLogitOfZeroMakesTheTwoModalitySoftmaxTheSigmoidGate() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray a = manager.create(new float[] {-2f, 0f, 0.7f, 3f}).reshape(4, 1);
            NDArray w = WeightedFusion.withReferenceLogit(a).softmax(1);
            NDArray g = Activation.sigmoid(a).reshape(4);
            assertThat(w.get(":, 0").toFloatArray()).containsExactly(g.toFloatArray(), within(1e-6f));
            assertThat(w.get(":, 1").toFloatArray()).containsExactly(g.neg().add(1).toFloatArray(), within(1e-6f));
        }
    }
}
