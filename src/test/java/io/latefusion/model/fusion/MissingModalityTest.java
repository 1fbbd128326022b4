package io.latefusion.model.fusion;

import static io.latefusion.model.fusion.FusionHarness.fuse;
import static io.latefusion.model.fusion.FusionHarness.initialised;
import static io.latefusion.model.fusion.FusionHarness.inputs;
import static io.latefusion.model.fusion.FusionHarness.projections;
import static io.latefusion.model.fusion.FusionHarness.row;
import static io.latefusion.model.fusion.FusionHarness.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How each pooling treats an absent modality, over two modalities A (width 3) and I (width 5):
 * row 0 has only A, row 1 only I, row 2 both. The absent embedding is zero, as the model makes it.
 */
class MissingModalityTest {

    private static final float[][] MASK = {{1, 0}, {0, 1}, {1, 1}};
    private static final float TOLERANCE = 1e-6f;

    private record Run(NDArray out, NDArray a, NDArray i, NDList inputs) {
    }

    private static Run run(NDManager manager, FusionType type, MissingPolicy policy) {
        Fusion fusion = initialised(manager, FusionHarness.options(type, policy), 3, 3, 5);
        NDList inputs = inputs(manager, MASK, 3, 5);
        List<NDArray> p = projections(fusion, manager, inputs);
        return new Run(fuse(fusion, manager, inputs), p.get(0), p.get(1), inputs);
    }

    @ParameterizedTest
    @EnumSource(value = FusionType.class, names = {"SUM", "AVG", "MAX", "GATED", "GMU", "GMU_SCALAR", "ATTENTION"})
    void excludedTheFusionOfOneModalityIsItsProjection(FusionType type) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Run r = run(manager, type, MissingPolicy.EXCLUDE);
            assertThat(row(r.out(), 0)).as("{A}").containsExactly(row(r.a(), 0), within(TOLERANCE));
            assertThat(row(r.out(), 1)).as("{I}").containsExactly(row(r.i(), 1), within(TOLERANCE));
        }
    }

    @Test
    void excludedAvgDividesByThePresentAndSumAddsThemUp() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Run avg = run(manager, FusionType.AVG, MissingPolicy.EXCLUDE);
            assertThat(row(avg.out(), 2)).containsExactly(row(avg.a().add(avg.i()).div(2), 2), within(TOLERANCE));
            Run sum = run(manager, FusionType.SUM, MissingPolicy.EXCLUDE);
            assertThat(row(sum.out(), 2)).containsExactly(row(sum.a().add(sum.i()), 2), within(TOLERANCE));
        }
    }

    @Test
    void underZeroAvgOverOneOfTwoModalitiesIsHalfItsProjectionWhileTheBiasesAreZero() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Run r = run(manager, FusionType.AVG, MissingPolicy.ZERO);
            assertThat(row(r.i(), 0)).as("tanh(0·W + 0)").containsOnly(0f);
            assertThat(row(r.out(), 0)).containsExactly(row(r.a().div(2), 0), within(TOLERANCE));
            assertThat(row(r.out(), 1)).containsExactly(row(r.i().div(2), 1), within(TOLERANCE));
        }
    }

    @Test
    void underZeroTheAbsentModalityEntersAsTheProjectionOfZeroTanhOfItsBias() {
        try (NDManager manager = NDManager.newBaseManager()) {
            for (FusionType type : new FusionType[] {FusionType.SUM, FusionType.AVG, FusionType.MAX}) {
                Fusion fusion = initialised(manager, FusionHarness.options(type, MissingPolicy.ZERO), 3, 3, 5);
                for (Pair<String, Parameter> p : fusion.getParameters()) {
                    if (p.getKey().contains("projection1") && p.getKey().endsWith("bias")) {
                        p.getValue().getArray().addi(0.3f);
                    }
                }
                NDList inputs = inputs(manager, MASK, 3, 5);
                List<NDArray> p = projections(fusion, manager, inputs);
                NDArray a = p.get(0);
                NDArray i = p.get(1);
                assertThat(row(i, 0)).as("tanh(0.3)").containsOnly(manager.create(0.3f).tanh().getFloat());
                NDArray expected = switch (type) {
                    case SUM -> a.add(i);
                    case AVG -> a.add(i).div(2);
                    default -> a.maximum(i);
                };
                assertThat(row(fuse(fusion, manager, inputs), 0)).as(type.key())
                        .containsExactly(row(expected, 0), within(TOLERANCE));
            }
        }
    }

    @Test
    void underZeroMaxOverOneModalityIsItsProjectionClippedAtZero() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Run r = run(manager, FusionType.MAX, MissingPolicy.ZERO);
            assertThat(row(r.out(), 0)).containsExactly(row(r.a().maximum(0f), 0), within(TOLERANCE));
        }
    }

    @ParameterizedTest
    @EnumSource(value = FusionType.class, names = {"GATED", "GMU", "GMU_SCALAR", "ATTENTION"})
    void underZeroTheAbsentModalityTakesAShareOfTheWeights(FusionType type) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Fusion fusion = initialised(manager, FusionHarness.options(type, MissingPolicy.ZERO), 3, 3, 5);
            NDList inputs = inputs(manager, MASK, 3, 5);
            NDArray w = weights(fusion, manager, inputs);
            List<NDArray> p = projections(fusion, manager, inputs);
            NDArray w0 = w.get(":, 0");
            NDArray w1 = w.get(":, 1");
            assertThat(w1.get(0).min().getFloat()).as("I's weight where only A is present").isGreaterThan(0f);
            NDArray expected = w0.reshape(w0.getShape().get(0), -1).mul(p.get(0))
                    .add(w1.reshape(w1.getShape().get(0), -1).mul(p.get(1)));
            assertThat(fuse(fusion, manager, inputs).toFloatArray())
                    .containsExactly(expected.toFloatArray(), within(TOLERANCE));
        }
    }

    @ParameterizedTest
    @EnumSource(MissingPolicy.class)
    void concatKeepsTheAbsentModalitysZerosUnderEitherPolicy(MissingPolicy policy) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Fusion fusion = initialised(manager, FusionHarness.options(FusionType.CONCAT, policy), 3, 3, 5);
            NDList inputs = inputs(manager, MASK, 3, 5);
            float[] onlyA = row(fuse(fusion, manager, inputs), 0);
            assertThat(onlyA).hasSize(8).startsWith(row(inputs.get(0), 0));
            assertThat(java.util.Arrays.copyOfRange(onlyA, 3, 8)).containsExactly(new float[5], within(0f));
        }
    }
}
