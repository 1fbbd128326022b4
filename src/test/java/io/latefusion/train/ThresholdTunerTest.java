package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.Labels;
import io.latefusion.data.TaskType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-label threshold tuning on hand-made validation outputs whose best thresholds are known by hand. */
class ThresholdTunerTest {

    /** Sigmoid probabilities per row, three labels. */
    private static final double[][] PROBABILITIES = {
        // label 0: positives 0.32, 0.37; negatives 0.03, 0.12, 0.22, 0.62.
        //   F1: 0.05 → 4/7; 0.10-0.20 → 4/6; 0.25-0.30 → 0.8 (best, tied); 0.35 → 0.5; ≥ 0.40 → 0.
        //   Of the tied 0.25 and 0.30, 0.30 is closer to 0.5.
        // label 1: positives 0.02, 0.47, 0.93, 0.93; negatives 0.52, 0.52.
        //   F1: 0.05-0.45 → 6/9; 0.50 → 4/8; 0.55-0.90 → 4/6; 0.95 → 0. Best 2/3 on both sides of 0.5:
        //   0.45 and 0.55 are equally close, the lower wins.
        // label 2: no positive in validation: keeps its fixed threshold 0.4.
        {0.32, 0.02, 0.9}, {0.37, 0.47, 0.1}, {0.03, 0.93, 0.6}, {0.12, 0.93, 0.2}, {0.22, 0.52, 0.3},
        {0.62, 0.52, 0.7}};
    private static final float[][] TRUTH = {{1, 1, 0}, {1, 1, 0}, {0, 1, 0}, {0, 1, 0}, {0, 0, 0}, {0, 0, 0}};
    private static final double[] FIXED = {0.5, 0.5, 0.4};

    private static float[] logits() {
        float[] out = new float[PROBABILITIES.length * 3];
        for (int r = 0; r < PROBABILITIES.length; r++) {
            for (int l = 0; l < 3; l++) {
                double p = PROBABILITIES[r][l];
                out[r * 3 + l] = (float) Math.log(p / (1 - p));
            }
        }
        return out;
    }

    private static Labels truth() {
        float[] values = new float[TRUTH.length * 3];
        for (int r = 0; r < TRUTH.length; r++) {
            System.arraycopy(TRUTH[r], 0, values, r * 3, 3);
        }
        return new Labels(TaskType.MULTI_LABEL, TRUTH.length, 3, values);
    }

    @Test
    void picksEachLabelsBestF1ThresholdBreakingTiesTowardsTheFixedOneAndKeepsAbsentLabelsFixed() {
        double[] tuned = ThresholdTuner.tune(logits(), truth(), FIXED);
        assertThat(tuned).containsExactly(0.30, 0.45, 0.4);
        assertThat(ThresholdTuner.absent(truth())).containsExactly(2);
    }

    @Test
    void theTunedObjectiveScoresTheHandComputedF1() {
        MultiLabelObjective fixed = new MultiLabelObjective(List.of("a", "b", "c"), null, FIXED);
        MultiLabelObjective tuned = fixed.withThresholds(ThresholdTuner.tune(logits(), truth(), FIXED));
        assertThat(fixed.metrics(logits(), 3, truth()).perLabel()).containsExactly(new double[] {0, 0.5, 0}, within());
        assertThat(tuned.metrics(logits(), 3, truth()).perLabel())
                .containsExactly(new double[] {0.8, 2.0 / 3, 0}, within());
        assertThat(fixed.thresholds()).containsExactly(FIXED);
    }

    @Test
    void theGridIsFiveHundredthsFromFiveToNinetyFive() {
        assertThat(ThresholdTuner.GRID).hasSize(19).startsWith(0.05).endsWith(0.95).contains(0.5);
    }

    @Test
    void mismatchedShapesAreRefused() {
        assertThatThrownBy(() -> ThresholdTuner.tune(new float[5], truth(), FIXED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 rows of 3 logits");
        assertThatThrownBy(() -> ThresholdTuner.tune(logits(), truth(), new double[2]))
                .hasMessageContaining("3 fixed thresholds");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }
}
