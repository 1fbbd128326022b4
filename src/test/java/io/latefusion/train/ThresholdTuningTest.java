package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.latefusion.data.Labels;
import io.latefusion.data.TaskType;
import org.junit.jupiter.api.Test;

class ThresholdTuningTest {

    private static float logit(double p) {
        return (float) Math.log(p / (1 - p));
    }

    @Test
    void picksTheThresholdThatSeparatesEachLabelBest() {
        // label 0: positives at p 0.32 and 0.38, negatives at 0.12 and 0.22 → 0.25 and 0.30 separate, 0.30 is
        // nearer 0.5; label 1: never positive → stays 0.5
        float[] outputs = {logit(0.32), logit(0.9), logit(0.38), logit(0.2), logit(0.12), logit(0.6),
            logit(0.22), logit(0.7)};
        Labels truth = new Labels(TaskType.MULTI_LABEL, 4, 2, new float[] {1, 0, 1, 0, 0, 0, 0, 0});
        double[] t = ThresholdTuning.tune(outputs, 2, truth);
        assertThat(t[0]).isCloseTo(0.30, within(1e-9));
        assertThat(t[1]).isEqualTo(0.5);
        MultiLabelObjective tuned = MultiLabelObjective.standard(java.util.List.of("a", "b")).withThresholds(t);
        assertThat(tuned.metrics(outputs, 2, truth).perLabel()[0]).isEqualTo(1.0);
        assertThat(MultiLabelObjective.standard(java.util.List.of("a", "b")).metrics(outputs, 2, truth).perLabel()[0])
                .isEqualTo(0.0);
    }
}
