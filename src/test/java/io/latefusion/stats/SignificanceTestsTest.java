package io.latefusion.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected values are SciPy 1.17's for the same inputs (variant first, as {@code f(variant, baseline)}):
 * {@code ttest_rel}, {@code ttest_ind(equal_var=False)}, {@code wilcoxon}, {@code mannwhitneyu}.
 * Where Commons Math reports the larger rank sum, the SciPy value is converted by hand in the comment.
 */
class SignificanceTestsTest {

    private static final double[] BASE = {0.81, 0.84, 0.79, 0.86, 0.83};
    private static final double[] VARIANT = {0.88, 0.87, 0.85, 0.91, 0.86};

    @Test
    void pairedTMatchesScipy() {
        // differences 0.07 0.03 0.06 0.05 0.03: mean 0.048, s = 0.01789, t = 0.048 / (0.01789/√5) = 6.0
        // scipy.stats.ttest_rel(VARIANT, BASE) → statistic 6.000000, pvalue 0.0038825370 (df 4)
        TestPair pair = SignificanceTests.compare(BASE, VARIANT, true);
        assertThat(pair.paired()).isTrue();
        assertThat(pair.t().test()).isEqualTo("paired t");
        assertThat(pair.t().statistic()).isCloseTo(6.0, within(1e-9));
        assertThat(pair.t().p()).isCloseTo(0.003882537046960483, within(1e-9));
        assertThat(pair.t().n()).isEqualTo(5);
    }

    @Test
    void welchTMatchesScipy() {
        // scipy.stats.ttest_ind(VARIANT, BASE, equal_var=False) → 3.0237157840738216, p 0.016951133473803094, df 7.8034
        TestResult t = SignificanceTests.compare(BASE, VARIANT, false).t();
        assertThat(t.test()).isEqualTo("Welch t");
        assertThat(t.statistic()).isCloseTo(3.0237157840738216, within(1e-9));
        assertThat(t.p()).isCloseTo(0.016951133473803094, within(1e-9));
        // scipy.stats.ttest_ind(y, x, equal_var=False) → 3.280083702724694, p 0.00427812901838772
        double[] x = {3.1, 4.7, 2.2, 5.9, 4.0, 3.6, 6.3, 2.8, 5.1, 4.4};
        double[] y = {5.5, 6.8, 4.9, 7.2, 6.1, 5.2, 7.9, 4.2, 6.6, 5.8};
        TestResult big = SignificanceTests.welchT(x, y);
        assertThat(big.statistic()).isCloseTo(3.280083702724694, within(1e-9));
        assertThat(big.p()).isCloseTo(0.00427812901838772, within(1e-9));
    }

    @Test
    void wilcoxonIsExactAndReportsTheLargerRankSum() {
        // all 5 differences positive: W+ = 15, W- = 0. SciPy wilcoxon → statistic 0 (the smaller), p 0.0625 = 2/32
        TestResult w = SignificanceTests.compare(BASE, VARIANT, true).rank();
        assertThat(w.test()).isEqualTo("Wilcoxon signed-rank");
        assertThat(w.statistic()).isEqualTo(15.0);
        assertThat(w.p()).isCloseTo(0.0625, within(1e-12));
        assertThat(w.note()).contains("larger rank sum").contains("exact");
    }

    @Test
    void wilcoxonDropsZeroDifferencesLikeScipy() {
        // differences 0.9, 0, -0.6, 1.3, 2.1, -0.6, 1.9, 1.2: the zero is dropped (zero_method="wilcox"), ranks of
        // |d| = 1.5 1.5 3 4 5 6 7, W- = 3, W+ = 25. SciPy wilcoxon(c, d) → statistic 3.0, p 0.078125 (= 2·5/128)
        double[] c = {12.0, 15.5, 9.8, 11.2, 14.1, 13.3, 10.9, 12.7};
        double[] d = {11.1, 15.5, 10.4, 9.9, 12.0, 13.9, 9.0, 11.5};
        TestResult w = SignificanceTests.wilcoxon(d, c);
        assertThat(w.statistic()).isEqualTo(25.0);
        assertThat(w.p()).isCloseTo(0.078125, within(1e-12));
        assertThat(w.note()).contains("1 zero difference(s) dropped");
        // scipy ttest_rel(c, d) → 2.066666666666667, p 0.07759766353015878
        assertThat(SignificanceTests.pairedT(d, c).p()).isCloseTo(0.07759766353015878, within(1e-9));
    }

    @Test
    void mannWhitneyIsExactForSmallTieFreeGroups() {
        // U of the variant = 21 of 25 pairs; SciPy mannwhitneyu(v, b, method="exact") → 21.0, p 0.09523809523809523
        double[] base = {0.81, 0.84, 0.79, 0.86, 0.83};
        double[] variant = {0.88, 0.87, 0.85, 0.91, 0.82};
        TestResult u = SignificanceTests.compare(base, variant, false).rank();
        assertThat(u.statistic()).isEqualTo(21.0);
        assertThat(u.p()).isCloseTo(0.09523809523809523, within(1e-12));
        // fully separated 5 vs 5: SciPy → statistic 0 (the smaller, of the first sample), p = 2/252
        TestResult separated = SignificanceTests.mannWhitney(new double[]{6, 7, 8, 9, 10}, new double[]{1, 2, 3, 4, 5});
        assertThat(separated.statistic()).isEqualTo(25.0);
        assertThat(separated.p()).isCloseTo(2.0 / 252, within(1e-12));
    }

    @Test
    void mannWhitneyFallsBackToTheNormalApproximationForLargeGroups() {
        // SciPy mannwhitneyu(y, x, use_continuity=False, method="asymptotic") → 85.0, p 0.008150971593502691
        double[] x = {3.1, 4.7, 2.2, 5.9, 4.0, 3.6, 6.3, 2.8, 5.1, 4.4};
        double[] y = {5.5, 6.8, 4.9, 7.2, 6.1, 5.2, 7.9, 4.2, 6.6, 5.8};
        TestResult u = SignificanceTests.mannWhitney(x, y);
        assertThat(u.statistic()).isEqualTo(85.0);
        assertThat(u.p()).isCloseTo(0.008150971593502691, within(1e-9));
        assertThat(u.note()).contains("normal approximation");
    }

    @Test
    void oneRunIsTooSmallForAnyTest() {
        TestPair pair = SignificanceTests.compare(new double[]{0.8}, new double[]{0.9}, true);
        assertThat(pair.t().tested()).isFalse();
        assertThat(pair.t().note()).isEqualTo("n too small");
        assertThat(pair.rank().p()).isNull();
        assertThat(SignificanceTests.compare(new double[]{0.8, 0.7}, new double[]{0.9}, false).t().note())
                .isEqualTo("n too small");
    }

    @Test
    void identicalDifferencesGiveAnInfiniteStatisticNotNaN() {
        // scipy ttest_rel([2,3,4],[1,2,3]) → statistic inf, pvalue 0.0
        TestResult t = SignificanceTests.pairedT(new double[]{1, 2, 3}, new double[]{2, 3, 4});
        assertThat(t.statistic()).isInfinite().isPositive();
        assertThat(t.p()).isZero();
        assertThat(SignificanceTests.pairedT(new double[]{1, 2}, new double[]{1, 2}).p()).isEqualTo(1.0);
    }
}
