package io.latefusion.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RegressionMetricsTest {

    private static final double[] TRUTH = {-1.4, 0.0, 2.2, -2.6, 0.6, 1.0};
    private static final double[] PREDICTED = {-0.8, 0.4, 1.6, -3.4, -0.2, 1.4};

    @Test
    void matchesHandComputedValues() {
        RegressionMetrics m = RegressionMetrics.of(TRUTH, PREDICTED);
        // |0.6| + |0.4| + |0.6| + |0.8| + |0.8| + |0.4| = 3.6 over 6
        assertThat(m.mae()).isCloseTo(0.6, within(1e-12));
        // numpy.corrcoef(PREDICTED, TRUTH)[0][1]
        assertThat(m.corr()).isCloseTo(0.9316793709266932, within(1e-12));
        // >= 0: truth F T T F T T, output F T T F F T
        assertThat(m.acc2()).isCloseTo(5.0 / 6, within(1e-12));
        // class 1: support 4, F1 6/7; class 0: support 2, F1 4/5
        assertThat(m.f12()).isCloseTo((4 * 6.0 / 7 + 2 * 0.8) / 6, within(1e-12));
        // the zero truth left out; > 0: truth F T F T T, output F T F F T
        assertThat(m.acc2Nonzero()).isCloseTo(0.8, within(1e-12));
        assertThat(m.f12Nonzero()).isCloseTo(0.8, within(1e-12));
        // classes -1 0 2 -3 1 1 against -1 0 2 -3 0 1
        assertThat(m.acc7()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(m.asMap()).containsOnlyKeys(RegressionMetrics.NAMES);
    }

    @Test
    void sevenClassesClipAndRoundHalfToEvenAsNumpy() {
        assertThat(RegressionMetrics.sevenClass(2.5)).isEqualTo(2);
        assertThat(RegressionMetrics.sevenClass(1.5)).isEqualTo(2);
        assertThat(RegressionMetrics.sevenClass(-0.5)).isZero();
        assertThat(RegressionMetrics.sevenClass(-0.0)).isZero();
        assertThat(RegressionMetrics.sevenClass(3.0)).isEqualTo(3);
        assertThat(RegressionMetrics.sevenClass(4.2)).isEqualTo(3);
        assertThat(RegressionMetrics.sevenClass(-3.0)).isEqualTo(-3);
        assertThat(RegressionMetrics.sevenClass(-7)).isEqualTo(-3);
    }

    @Test
    void unmeasurableValuesAreNaNAndBadInputIsRefused() {
        RegressionMetrics constant = RegressionMetrics.of(new double[] {0, 0, 0}, new double[] {1, 2, 3});
        assertThat(constant.corr()).isNaN();
        assertThat(constant.acc2Nonzero()).isNaN();
        assertThat(constant.acc2()).isEqualTo(1.0);
        assertThatThrownBy(() -> RegressionMetrics.of(new double[] {1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 predictions for 1 truths");
        assertThatThrownBy(() -> RegressionMetrics.of(TRUTH, PREDICTED).get("rmse"))
                .hasMessageContaining("expected one of mae, corr");
    }
}
