package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.latefusion.data.Labels;
import io.latefusion.data.TaskType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiLabelObjectiveTest {

    private static final List<String> NAMES = List.of("Drama", "Comedy");

    /** PyTorch's BCEWithLogitsLoss(pos_weight) by its definition, in doubles. */
    private static double bce(float[] x, float[] y, float[] w) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double s = 1 / (1 + Math.exp(-x[i]));
            double pw = w == null ? 1 : w[i % w.length];
            sum += -(pw * y[i] * Math.log(s) + (1 - y[i]) * Math.log(1 - s));
        }
        return sum / x.length;
    }

    @Test
    void lossIsBceWithLogitsWithAndWithoutPositiveWeights() {
        float[] logits = {2.5f, -1f, 0f, 7f, -30f, 0.3f};
        float[] targets = {1, 0, 1, 1, 0, 0};
        float[] weights = {3f, 0.5f};
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList x = new NDList(manager.create(logits, new Shape(3, 2)));
            NDList y = new NDList(manager.create(targets, new Shape(3, 2)));
            float plain = MultiLabelObjective.standard(NAMES).loss().evaluate(y, x).getFloat();
            float weighted = new MultiLabelObjective(NAMES, weights, new double[] {0.5, 0.5}).loss()
                    .evaluate(y, x).getFloat();
            assertThat((double) plain).isCloseTo(bce(logits, targets, null), within(1e-5));
            assertThat((double) weighted).isCloseTo(bce(logits, targets, weights), within(1e-5));
            assertThat(weighted).isNotEqualTo(plain);
        }
    }

    @Test
    void predictsALabelWhenItsSigmoidExceedsItsThreshold() {
        // logit 0 is sigmoid 0.5: not above the default threshold
        float[] logits = {0f, 1f, -1f, 3f};
        Labels truth = new Labels(TaskType.MULTI_LABEL, 2, 2, new float[] {1, 1, 0, 1});
        Map<String, Double> scores = MultiLabelObjective.standard(NAMES).score(logits, 2, truth);
        // predicted [[0,1],[0,1]]: Drama tp 0 fn 1 → 0; Comedy tp 2 → 1
        assertThat(scores).containsEntry("f1_label/Drama", 0.0).containsEntry("f1_label/Comedy", 1.0);
        assertThat(scores.get("f1_micro")).isCloseTo(4 / 5.0, within(1e-12));
        Map<String, Double> lowered = new MultiLabelObjective(NAMES, null, new double[] {0.4, 0.5})
                .score(logits, 2, truth);
        assertThat(lowered).containsEntry("f1_label/Drama", 1.0);
    }

    @Test
    void balancedWeightsAreNegativesOverPositivesPerLabel() {
        // Drama in 1 of 4 rows → 3; Comedy in 4 of 4 → 0; a label never present → 1
        Labels labels = new Labels(TaskType.MULTI_LABEL, 4, 3, new float[] {1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0});
        assertThat(MultiLabelObjective.balancedWeights(labels)).containsExactly(3f, 0f, 1f);
    }

    @Test
    void refusesBadThresholdsAndWidths() {
        assertThatThrownBy(() -> new MultiLabelObjective(NAMES, null, new double[] {0.5, 1.0}))
                .hasMessageContaining("1.0");
        Labels truth = new Labels(TaskType.MULTI_LABEL, 1, 2, new float[] {1, 0});
        assertThatThrownBy(() -> MultiLabelObjective.standard(NAMES).score(new float[3], 3, truth))
                .hasMessageContaining("width 3");
    }
}
