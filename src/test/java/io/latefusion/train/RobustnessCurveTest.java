package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobustnessCurveTest {

    @Test
    void theAreaIsTheTrapezoidRuleAndRelativeIsAreaOverTheScoreAtRateZero() {
        RobustnessCurve curve = RobustnessCurve.of("accuracy", List.of(0.0, 0.5, 1.0), List.of(0.8, 0.6, 0.2));
        // (0.8 + 0.6) / 2 × 0.5 + (0.6 + 0.2) / 2 × 0.5
        assertThat(curve.area()).isCloseTo(0.55, within(1e-12));
        assertThat(curve.relative()).isCloseTo(0.55 / 0.8, within(1e-12));
    }

    @Test
    void aFlatCurveKeepsItsScoreAsAreaAndIsFullyRobust() {
        List<Double> flat = Collections.nCopies(11, 0.9);
        RobustnessCurve curve = RobustnessCurve.of("f1_samples", RobustnessEvaluator.RATES, flat);
        assertThat(curve.area()).isCloseTo(0.9, within(1e-12));
        assertThat(curve.relative()).isCloseTo(1.0, within(1e-12));
        assertThat(RobustnessEvaluator.RATES).hasSize(11).startsWith(0.0, 0.1).contains(0.3, 0.7).endsWith(1.0);
    }

    @Test
    void pointsMustPairUp() {
        assertThatThrownBy(() -> RobustnessCurve.of("accuracy", List.of(0.0, 1.0), List.of(0.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per rate");
    }
}
