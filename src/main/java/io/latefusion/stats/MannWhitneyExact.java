package io.latefusion.stats;

/**
 * The exact null distribution of the Mann-Whitney U statistic without ties, which Commons Math
 * lacks: the number of orderings of m + n runs giving each U, counted by the recurrence
 * c(m, n, u) = c(m − 1, n, u − n) + c(m, n − 1, u).
 */
final class MannWhitneyExact {

    private MannWhitneyExact() {
    }

    /** Two-sided p = min(1, 2 · P(U ≥ uMax)) for groups of sizes m and n (SciPy's exact method). */
    static double twoSidedP(double uMax, int m, int n) {
        double[] counts = counts(m, n);
        double total = 0;
        double upper = 0;
        for (int u = 0; u < counts.length; u++) {
            total += counts[u];
            if (u >= uMax - 1e-9) {
                upper += counts[u];
            }
        }
        return Math.min(1.0, 2 * upper / total);
    }

    /** counts[u] = how many of the C(m + n, m) orderings give U = u. */
    static double[] counts(int m, int n) {
        double[][][] table = new double[m + 1][n + 1][];
        for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= n; j++) {
                double[] c = new double[i * j + 1];
                if (i == 0 || j == 0) {
                    c[0] = 1;
                } else {
                    double[] fewerFirst = table[i - 1][j];
                    double[] fewerSecond = table[i][j - 1];
                    for (int u = 0; u < c.length; u++) {
                        c[u] = (u - j >= 0 && u - j < fewerFirst.length ? fewerFirst[u - j] : 0)
                                + (u < fewerSecond.length ? fewerSecond[u] : 0);
                    }
                }
                table[i][j] = c;
            }
        }
        return table[m][n];
    }
}
