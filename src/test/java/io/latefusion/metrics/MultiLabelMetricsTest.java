package io.latefusion.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases, as scikit-learn's {@code f1_score(..., zero_division=0)} gives them:
 * {@code y_true = [[1,0,1,0],[0,1,0,0],[1,0,0,0],[0,0,0,0]]},
 * {@code y_pred = [[1,0,0,0],[0,0,0,0],[1,1,0,0],[0,0,0,0]]}.
 */
class MultiLabelMetricsTest {

    private static boolean[] bits(int... values) {
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == 1;
        }
        return out;
    }

    private static final boolean[] TRUTH = bits(1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0);
    private static final boolean[] PREDICTED = bits(1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0);

    @Test
    void samplesAveragesRowF1WithEmptyRowsAsZero() {
        // rows: 2·1/(2+1) = 2/3; no prediction → 0; 2·1/(2+1) = 2/3; nothing true or predicted → 0
        MultiLabelMetrics m = MultiLabelMetrics.of(TRUTH, PREDICTED, 4);
        assertThat(m.f1Samples()).isCloseTo((2 / 3.0 + 2 / 3.0) / 4, within(1e-12));
    }

    @Test
    void macroCountsLabelsAbsentEverywhereAsZero() {
        // label 0: tp 2 → 1; label 1: fp 1, fn 1 → 0; label 2: fn 1 → 0; label 3: absent → 0
        MultiLabelMetrics m = MultiLabelMetrics.of(TRUTH, PREDICTED, 4);
        assertThat(m.perLabel()).containsExactly(1, 0, 0, 0);
        assertThat(m.f1Macro()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void microPoolsCountsAndWeightedUsesTrueSupport() {
        // tp 2, fp 1, fn 2 → 4 / 7; supports 2, 1, 1, 0 → (1·2) / 4
        MultiLabelMetrics m = MultiLabelMetrics.of(TRUTH, PREDICTED, 4);
        assertThat(m.f1Micro()).isCloseTo(4 / 7.0, within(1e-12));
        assertThat(m.f1Weighted()).isCloseTo(0.5, within(1e-12));
        assertThat(m.asMap()).containsOnlyKeys(MultiLabelMetrics.NAMES);
        assertThat(m.get("f1_micro")).isEqualTo(m.f1Micro());
    }

    @Test
    void nothingTrueAndNothingPredictedScoresZeroEverywhere() {
        MultiLabelMetrics m = MultiLabelMetrics.of(new boolean[6], new boolean[6], 3);
        assertThat(m.asMap().values()).containsOnly(0.0);
    }

    @Test
    void perfectPredictionsScoreOne() {
        MultiLabelMetrics m = MultiLabelMetrics.of(TRUTH, TRUTH, 4);
        // row 4 has no label: its F1 is 0 even when predicted right (sklearn, zero_division=0)
        assertThat(m.f1Samples()).isCloseTo(0.75, within(1e-12));
        assertThat(m.f1Micro()).isEqualTo(1.0);
        assertThat(m.f1Weighted()).isEqualTo(1.0);
        assertThat(m.f1Macro()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void refusesMismatchedInputAndUnknownNames() {
        assertThatThrownBy(() -> MultiLabelMetrics.of(new boolean[4], new boolean[6], 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 and 6");
        assertThatThrownBy(() -> MultiLabelMetrics.of(new boolean[5], new boolean[5], 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 2");
        assertThatThrownBy(() -> MultiLabelMetrics.of(TRUTH, TRUTH, 4).get("accuracy"))
                .hasMessageContaining("f1_samples");
    }
}
