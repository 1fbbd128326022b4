package io.latefusion.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    // truth [0,0,1,1,2,2], pred [0,1,1,1,2,0]:
    //            pred 0  1  2
    //   truth 0:      1  1  0
    //   truth 1:      0  2  0
    //   truth 2:      1  0  1
    private final ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 0, 1, 1, 2, 2}, new int[] {0, 1, 1, 1, 2, 0}, 4);

    @Test
    void countsAndMarginals() {
        assertThat(m.count(0, 1)).isEqualTo(1);
        assertThat(m.count(2, 0)).isEqualTo(1);
        assertThat(m.count(1, 1)).isEqualTo(2);
        assertThat(m.total()).isEqualTo(6);
        assertThat(m.correct()).isEqualTo(4);
        assertThat(m.support(1)).isEqualTo(2);
        assertThat(m.predictedCount(1)).isEqualTo(3);
        assertThat(m.presentClasses()).containsExactly(0, 1, 2);
        assertThat(m.isPresent(3)).isFalse();
    }

    @Test
    void perClassPrecisionRecallF1() {
        assertThat(m.precision(1)).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(m.recall(1)).isEqualTo(1.0);
        assertThat(m.f1(1)).isCloseTo(0.8, within(1e-15));
        assertThat(m.precision(2)).isEqualTo(1.0);
        assertThat(m.recall(2)).isEqualTo(0.5);
        assertThat(m.f1(2)).isCloseTo(2.0 / 3, within(1e-15));
        // class 3 never occurs: zero_division = 0
        assertThat(m.precision(3)).isZero();
        assertThat(m.recall(3)).isZero();
        assertThat(m.f1(3)).isZero();
    }

    @Test
    void classOutsideRangeIsRefused() {
        assertThatThrownBy(() -> m.f1(4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4");
    }
}
