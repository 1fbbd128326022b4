package io.latefusion.stats;

import java.util.Arrays;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * Variant against baseline, two-sided. When the runs share seeds (element i of both arrays ran
 * with the same seed) the design is paired: paired t-test and Wilcoxon signed-rank (exact for up
 * to 30 non-zero differences, zero differences dropped as SciPy's default {@code zero_method="wilcox"}).
 * Otherwise Welch's t-test and Mann-Whitney U (exact when either group has at most 8 runs and there
 * are no ties, as SciPy's {@code method="auto"}; else Commons Math's normal approximation, which has
 * no continuity correction). Rank statistics are Commons Math's: the <em>larger</em> rank sum W
 * and the larger U (SciPy reports the smaller W, and U of its first sample).
 */
public final class SignificanceTests {

    static final String PAIRED_T = "paired t";
    static final String WELCH_T = "Welch t";
    static final String WILCOXON = "Wilcoxon signed-rank";
    static final String MANN_WHITNEY = "Mann-Whitney U";

    private SignificanceTests() {
    }

    /** Both tests of the design {@code paired} says; fewer than 2 runs on a side gives "n too small". */
    public static TestPair compare(double[] baseline, double[] variant, boolean paired) {
        if (paired && baseline.length != variant.length) {
            throw new IllegalArgumentException("Paired comparison needs as many baseline runs as variant runs (have "
                    + baseline.length + " and " + variant.length + ")");
        }
        return paired ? new TestPair(true, pairedT(baseline, variant), wilcoxon(baseline, variant))
                : new TestPair(false, welchT(baseline, variant), mannWhitney(baseline, variant));
    }

    /** Paired t on variant − baseline; t > 0 when the variant is higher. */
    static TestResult pairedT(double[] baseline, double[] variant) {
        int n = variant.length;
        if (n < 2) {
            return TestResult.tooSmall(PAIRED_T, n);
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = variant[i] - baseline[i];
        }
        if (constant(d)) {
            return degenerate(PAIRED_T, d[0], n, "every difference is " + d[0]);
        }
        TTest t = new TTest();
        return new TestResult(PAIRED_T, t.pairedT(variant, baseline), t.pairedTTest(variant, baseline), n,
                "df = " + (n - 1));
    }

    /** Welch's t (unequal variances, Welch-Satterthwaite degrees of freedom); t > 0 when the variant is higher. */
    static TestResult welchT(double[] baseline, double[] variant) {
        int n = Math.min(baseline.length, variant.length);
        if (n < 2) {
            return TestResult.tooSmall(WELCH_T, n);
        }
        if (constant(baseline) && constant(variant)) {
            return degenerate(WELCH_T, variant[0] - baseline[0], n, "no spread in either group");
        }
        TTest t = new TTest();
        return new TestResult(WELCH_T, t.t(variant, baseline), t.tTest(variant, baseline), n, "unequal variances");
    }

    /** Wilcoxon signed-rank on the non-zero differences; statistic = the larger rank sum. */
    static TestResult wilcoxon(double[] baseline, double[] variant) {
        int pairs = variant.length;
        if (pairs < 2) {
            return TestResult.tooSmall(WILCOXON, pairs);
        }
        int nonZero = 0;
        for (int i = 0; i < pairs; i++) {
            nonZero += variant[i] != baseline[i] ? 1 : 0;
        }
        if (nonZero == 0) {
            return new TestResult(WILCOXON, 0.0, 1.0, pairs, "every difference is zero");
        }
        double[] x = new double[nonZero];
        double[] y = new double[nonZero];
        for (int i = 0, j = 0; i < pairs; i++) {
            if (variant[i] != baseline[i]) {
                x[j] = variant[i];
                y[j++] = baseline[i];
            }
        }
        WilcoxonSignedRankTest test = new WilcoxonSignedRankTest();
        boolean exact = nonZero <= 30;
        double p = Math.min(1.0, test.wilcoxonSignedRankTest(x, y, exact));
        String dropped = nonZero < pairs ? ", " + (pairs - nonZero) + " zero difference(s) dropped" : "";
        return new TestResult(WILCOXON, test.wilcoxonSignedRank(x, y), p, pairs,
                "W = larger rank sum, " + (exact ? "exact" : "normal approximation") + dropped);
    }

    /** Mann-Whitney U; statistic = the larger U. */
    static TestResult mannWhitney(double[] baseline, double[] variant) {
        int n = Math.min(baseline.length, variant.length);
        if (n < 2) {
            return TestResult.tooSmall(MANN_WHITNEY, n);
        }
        MannWhitneyUTest test = new MannWhitneyUTest();
        double u = test.mannWhitneyU(variant, baseline);
        if (n <= 8 && !tied(baseline, variant)) {
            return new TestResult(MANN_WHITNEY, u, MannWhitneyExact.twoSidedP(u, variant.length, baseline.length), n,
                    "U = larger U, exact");
        }
        return new TestResult(MANN_WHITNEY, u, test.mannWhitneyUTest(variant, baseline), n,
                "U = larger U, normal approximation");
    }

    private static TestResult degenerate(String test, double difference, int n, String why) {
        double statistic = difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
        return new TestResult(test, statistic, difference == 0 ? 1.0 : 0.0, n, why);
    }

    private static boolean constant(double[] values) {
        return Arrays.stream(values).allMatch(v -> v == values[0]);
    }

    private static boolean tied(double[] a, double[] b) {
        double[] all = new double[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return Arrays.stream(all).distinct().count() < all.length;
    }
}
