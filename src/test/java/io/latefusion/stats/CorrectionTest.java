package io.latefusion.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorrectionTest {

    private static final double[] P = {0.01, 0.04, 0.03, 0.005, 0.20};

    @Test
    void holmMatchesStatsmodels() {
        // sorted 0.005 0.01 0.03 0.04 0.20 × 5 4 3 2 1 = 0.025 0.04 0.09 0.08 0.20, made monotone:
        // 0.025 0.04 0.09 0.09 0.20 (statsmodels multipletests(P, method="holm"))
        assertThat(Correction.HOLM.adjust(P)).containsExactly(new double[]{0.04, 0.09, 0.09, 0.025, 0.20},
                within(1e-12));
    }

    @Test
    void benjaminiHochbergMatchesScipy() {
        // scipy.stats.false_discovery_control(P, method="bh") → [0.025, 0.05, 0.05, 0.025, 0.2]
        assertThat(Correction.BENJAMINI_HOCHBERG.adjust(P)).containsExactly(new double[]{0.025, 0.05, 0.05, 0.025, 0.2},
                within(1e-12));
    }

    @Test
    void untestedEntriesStayOutOfTheFamily() {
        double[] adjusted = Correction.HOLM.adjust(new double[]{0.01, Double.NaN, 0.04});
        assertThat(adjusted[0]).isCloseTo(0.02, within(1e-12));
        assertThat(adjusted[1]).isNaN();
        assertThat(adjusted[2]).isCloseTo(0.04, within(1e-12));
        assertThat(Correction.HOLM.adjust(new double[]{0.6, 0.7})).containsExactly(1.0, 1.0);
    }

    @Test
    void keysAreReadAndBadOnesNamed() {
        assertThat(Correction.fromKey("bh")).isEqualTo(Correction.BENJAMINI_HOCHBERG);
        assertThat(Correction.fromKey("Holm")).isEqualTo(Correction.HOLM);
        assertThatThrownBy(() -> Correction.fromKey("bonf")).hasMessageContaining("'bonf'").hasMessageContaining("holm or bh");
    }
}
