package io.latefusion.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ConvergenceCostTest {

    @Test
    void mlperfDropsTheFastestAndSlowestOfFiveOrMore() {
        // 2 3 3 4 9 → drop 2 and 9, mean of 3 3 4 = 3.3333, s = 0.57735, cv = 0.173205
        TimeToTarget t = TimeToTarget.of(Arrays.asList(3, 9, 2, 4, 3));
        assertThat(t.converged()).isTrue();
        assertThat(t.mean()).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(t.averaged()).isEqualTo(3);
        assertThat(t.cv()).isCloseTo(0.5773502691896257 / (10.0 / 3), within(1e-12));
    }

    @Test
    void oneRunThatNeverReachedIsTheSlowestDropped() {
        // 5 3 null 4 6 → the null is the slowest; drop it and the fastest (3): mean of 4 5 6 = 5
        TimeToTarget t = TimeToTarget.of(Arrays.asList(5, 3, null, 4, 6));
        assertThat(t.converged()).isTrue();
        assertThat(t.reached()).isEqualTo(4);
        assertThat(t.mean()).isEqualTo(5.0);
    }

    @Test
    void twoRunsThatNeverReachedMeanDidNotConverge() {
        TimeToTarget t = TimeToTarget.of(Arrays.asList(5, null, null, 4, 6));
        assertThat(t.converged()).isFalse();
        assertThat(t.mean()).isNull();
        assertThat(t.reached()).isEqualTo(3);
    }

    @Test
    void belowFiveRunsNothingIsDroppedAndNoFailureIsTolerated() {
        assertThat(TimeToTarget.of(Arrays.asList(2, 4, 9)).mean()).isEqualTo(5.0);
        assertThat(TimeToTarget.of(Arrays.asList(2, null, 9)).converged()).isFalse();
        assertThat(TimeToTarget.of(Arrays.asList(7)).mean()).isEqualTo(7.0);
        assertThatThrownBy(() -> TimeToTarget.of(java.util.List.of())).hasMessageContaining("No runs");
    }

    @Test
    void breakEvenOnHandExamples() {
        // P = 100 s, scratch 50 s, pre-trained 30 s to target: 100/k + 30 < 50 ⇔ k > 5 → 6
        assertThat(BreakEven.of(100, 50.0, 30.0).count()).isEqualTo(6L);
        // P = 90: 90/k < 20 ⇔ k > 4.5 → 5
        assertThat(BreakEven.of(90, 50.0, 30.0).count()).isEqualTo(5L);
        // pre-training free of cost and faster: the first training already wins
        assertThat(BreakEven.of(0, 50.0, 30.0).count()).isEqualTo(1L);
        // slower or never → ∞
        assertThat(BreakEven.of(100, 30.0, 50.0).label()).isEqualTo("∞");
        assertThat(BreakEven.of(100, 30.0, 30.0).count()).isNull();
        assertThat(BreakEven.of(100, 30.0, null).why()).contains("never reaches");
        // only the pre-trained route reaches the target
        assertThat(BreakEven.of(100, null, 30.0).count()).isEqualTo(1L);
        assertThatThrownBy(() -> BreakEven.of(-1, 1.0, 1.0)).hasMessageContaining("-1");
    }
}
