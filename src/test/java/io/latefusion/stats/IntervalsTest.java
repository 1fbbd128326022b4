package io.latefusion.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalsTest {

    private static final double[] BASE = {0.81, 0.84, 0.79, 0.86, 0.83};
    private static final double[] VARIANT = {0.88, 0.87, 0.85, 0.91, 0.86};

    @Test
    void tIntervalMatchesScipy() {
        // scipy.stats.t.ppf(0.975, 4) · s / √5 with s = 0.027019 → 0.03354791384926652
        Summary s = Summary.of(BASE);
        assertThat(s.mean()).isCloseTo(0.826, within(1e-12));
        assertThat(s.ciHalfWidth()).isCloseTo(0.03354791384926652, within(1e-9));
        assertThat(Summary.of(new double[]{3}).ciHalfWidth()).isNaN();
    }

    @Test
    void bootstrapIsSeededAndBracketsTheObservedDifference() {
        BootstrapInterval paired = BootstrapInterval.meanDifference(BASE, VARIANT, true, 7);
        assertThat(paired).isEqualTo(BootstrapInterval.meanDifference(BASE, VARIANT, true, 7));
        // paired differences lie in [0.03, 0.07]: every resampled mean does too
        assertThat(paired.lower()).isBetween(0.03, 0.048);
        assertThat(paired.upper()).isBetween(0.048, 0.07);
        assertThat(paired.method()).isEqualTo("percentile bootstrap");
        BootstrapInterval unpaired = BootstrapInterval.meanDifference(BASE, VARIANT, false, 7);
        assertThat(unpaired.upper() - unpaired.lower()).isGreaterThan(paired.upper() - paired.lower());
        BootstrapInterval constant = BootstrapInterval.meanDifference(new double[]{1, 2, 3}, new double[]{2, 3, 4}, true, 1);
        assertThat(constant.lower()).isEqualTo(1.0);
        assertThat(constant.upper()).isEqualTo(1.0);
        assertThat(BootstrapInterval.meanDifference(new double[]{1}, new double[]{2}, true, 1).lower()).isNaN();
    }

    @Test
    void stabilityIsTheSpreadOfTheLastEpochs() {
        // last 3 of the curve: 0.90 0.92 0.91 → s = 0.01
        assertThat(Stability.lastEpochs(new double[]{0.5, 0.8, 0.90, 0.92, 0.91}, 3)).isCloseTo(0.01, within(1e-12));
        assertThat(Stability.lastEpochs(new double[]{0.5}, 3)).isNaN();
    }
}
