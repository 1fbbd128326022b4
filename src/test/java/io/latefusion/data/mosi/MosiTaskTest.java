package io.latefusion.data.mosi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.TaskType;
import org.junit.jupiter.api.Test;

class MosiTaskTest {

    @Test
    void threeClassesSplitAtZeroWithMinusZeroNeutral() {
        assertThat(MosiTask.CLASSIFICATION.target(-0.0)).isEqualTo(1);
        assertThat(MosiTask.CLASSIFICATION.target(0.0)).isEqualTo(1);
        assertThat(MosiTask.CLASSIFICATION.target(-Double.MIN_VALUE)).isEqualTo(0);
        assertThat(MosiTask.CLASSIFICATION.target(Double.MIN_VALUE)).isEqualTo(2);
        assertThat(MosiTask.CLASSIFICATION.target(-3.0)).isEqualTo(0);
        assertThat(MosiTask.CLASSIFICATION.target(3.0)).isEqualTo(2);
    }

    @Test
    void binaryCountsZeroAsNonNegativeAndTheNonZeroVariantDropsIt() {
        assertThat(MosiTask.BINARY.target(-0.0)).isEqualTo(1);
        assertThat(MosiTask.BINARY.target(-0.2)).isEqualTo(0);
        assertThat(MosiTask.BINARY.target(3.0)).isEqualTo(1);
        assertThat(MosiTask.BINARY_NONZERO.keeps(-0.0)).isFalse();
        assertThat(MosiTask.BINARY_NONZERO.keeps(0.0)).isFalse();
        assertThat(MosiTask.BINARY_NONZERO.target(-3.0)).isEqualTo(0);
        assertThat(MosiTask.BINARY_NONZERO.target(0.2)).isEqualTo(1);
        assertThatThrownBy(() -> MosiTask.BINARY_NONZERO.target(0.0)).hasMessageContaining("dropped");
    }

    @Test
    void sevenClassesRoundHalfToEvenWithinMinusThreeToThree() {
        assertThat(MosiTask.SEVEN.target(-3.0)).isEqualTo(0);
        assertThat(MosiTask.SEVEN.target(-0.0)).isEqualTo(3);
        assertThat(MosiTask.SEVEN.target(0.5)).isEqualTo(3);
        assertThat(MosiTask.SEVEN.target(1.5)).isEqualTo(5);
        assertThat(MosiTask.SEVEN.target(2.6)).isEqualTo(6);
        assertThat(MosiTask.SEVEN.target(3.0)).isEqualTo(6);
        assertThat(MosiTask.SEVEN.target(3.4)).isEqualTo(6);
        assertThat(MosiTask.SEVEN.outputs()).isEqualTo(7);
    }

    @Test
    void regressionKeepsTheValueAndUnknownTasksAreNamed() {
        assertThat(MosiTask.REGRESSION.target(-2.4)).isEqualTo(-2.4);
        assertThat(MosiTask.REGRESSION.taskType()).isEqualTo(TaskType.REGRESSION);
        assertThat(MosiTask.fromKey("binary_nonzero")).isEqualTo(MosiTask.BINARY_NONZERO);
        assertThatThrownBy(() -> MosiTask.fromKey("five")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown MOSI task 'five': expected one of classification, binary, binary_nonzero, seven,"
                        + " regression");
        assertThatThrownBy(() -> MosiTask.CLASSIFICATION.target(Double.NaN)).hasMessageContaining("NaN");
    }
}
