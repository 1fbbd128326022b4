package io.latefusion.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EffectSizesTest {

    @Test
    void cohenHedgesAndCliffByHand() {
        double[] base = {0.81, 0.84, 0.79, 0.86, 0.83};
        double[] variant = {0.88, 0.87, 0.85, 0.91, 0.86};
        // means 0.826 / 0.874, s² = 0.00073 / 0.00053, pooled s = √0.00063 = 0.025100, d = 0.048 / 0.0251 = 1.912366
        // g = d · (1 − 3/(4·10 − 9)) = 1.727298; Cliff: 23 of 25 pairs higher, 1 lower, 1 tie → (23 − 1)/25 = 0.88
        // (numpy check: ((n1-1)*a.var(ddof=1)+(n2-1)*b.var(ddof=1))/(n1+n2-2) as in the class comment)
        EffectSizes e = EffectSizes.of(base, variant);
        assertThat(e.cohensD()).isCloseTo(1.912365774935032, within(1e-9));
        assertThat(e.hedgesG()).isCloseTo(1.7272981192961578, within(1e-9));
        assertThat(e.cliffsDelta()).isCloseTo(0.88, within(1e-12));
        assertThat(EffectSizes.of(variant, base).cliffsDelta()).isCloseTo(-0.88, within(1e-12));
    }

    @Test
    void tooFewRunsOrNoSpreadGiveNaN() {
        assertThat(EffectSizes.of(new double[]{1}, new double[]{2}).cohensD()).isNaN();
        assertThat(EffectSizes.of(new double[]{1}, new double[]{2}).cliffsDelta()).isNaN();
        assertThat(EffectSizes.of(new double[]{1, 1}, new double[]{2, 2}).cohensD()).isNaN();
        assertThat(EffectSizes.of(new double[]{1, 1}, new double[]{2, 2}).cliffsDelta()).isEqualTo(1.0);
    }
}
