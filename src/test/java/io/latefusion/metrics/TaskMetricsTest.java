package io.latefusion.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.TaskType;
import org.junit.jupiter.api.Test;

class TaskMetricsTest {

    @Test
    void eachTaskHasItsNamesAndHeadline() {
        assertThat(TaskMetrics.names(TaskType.SINGLE_LABEL)).isEqualTo(ClassificationMetrics.NAMES);
        assertThat(TaskMetrics.headline(TaskType.SINGLE_LABEL)).isEqualTo("accuracy");
        assertThat(TaskMetrics.headline(TaskType.MULTI_LABEL)).isEqualTo("f1_samples");
        assertThat(TaskMetrics.headline(TaskType.REGRESSION)).isEqualTo("acc2");
        assertThat(TaskMetrics.names(TaskType.REGRESSION)).contains("mae", "corr", "acc7");
    }

    @Test
    void lossAndMaeAreLowerIsBetterAndOrientedFlipsThem() {
        assertThat(TaskMetrics.higherIsBetter("loss")).isFalse();
        assertThat(TaskMetrics.higherIsBetter("mae")).isFalse();
        assertThat(TaskMetrics.higherIsBetter("f1_micro")).isTrue();
        assertThat(TaskMetrics.oriented("mae", 0.9)).isEqualTo(-0.9);
        assertThat(TaskMetrics.oriented("accuracy", 0.9)).isEqualTo(0.9);
    }

    @Test
    void aMetricOfAnotherTaskIsRefusedNamingTheKeyAndTheValidNames() {
        TaskMetrics.requireKnown(TaskType.MULTI_LABEL, "loss", "train.select_by", true);
        assertThatThrownBy(() -> TaskMetrics.requireKnown(TaskType.MULTI_LABEL, "accuracy", "train.target.metric", false))
                .hasMessageContaining("train.target.metric: 'accuracy'")
                .hasMessageContaining("f1_samples, f1_macro, f1_micro, f1_weighted")
                .hasMessageContaining("multi-label");
        assertThatThrownBy(() -> TaskMetrics.requireKnown(TaskType.REGRESSION, "loss", "train.target.metric", false))
                .hasMessageContaining("'loss'");
    }

    @Test
    void taskMetricsAreThoseOfSomeTaskNotTheLossOrPerLabelScores() {
        assertThat(TaskMetrics.isTaskMetric("f1_samples")).isTrue();
        assertThat(TaskMetrics.isTaskMetric("acc7")).isTrue();
        assertThat(TaskMetrics.isTaskMetric("loss")).isFalse();
        assertThat(TaskMetrics.isTaskMetric("f1_label/Drama")).isFalse();
    }
}
