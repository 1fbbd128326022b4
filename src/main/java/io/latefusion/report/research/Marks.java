package io.latefusion.report.research;

/**
 * Significance marks from the family-adjusted p of the t-test: {@code *} p_adj &lt; 0.05,
 * {@code **} &lt; 0.01, {@code ***} &lt; 0.001, preceded by {@code ↑} when the arm is better than the
 * baseline in the quantity's direction and {@code ↓} when worse; nothing when not significant, and
 * {@code n/a} when there were too few runs to test.
 */
final class Marks {

    static final double ALPHA = 0.05;
    static final String LEGEND = "Marks after a mean compare the arm with the baseline (the first row) by the t-test,"
            + " p adjusted over every comparison in this report: ↑ better, ↓ worse (in the metric's direction:"
            + " loss and mae lower is better), * p_adj < 0.05, ** < 0.01, *** < 0.001; no mark = not significant;"
            + " n/a = fewer than 2 runs, no test.";

    private Marks() {
    }

    static String of(Comparison c) {
        if (c == null) {
            return "";
        }
        if (!c.tests().t().tested()) {
            return " n/a";
        }
        if (!c.significant()) {
            return "";
        }
        String stars = c.pAdjusted() < 0.001 ? "***" : c.pAdjusted() < 0.01 ? "**" : "*";
        return " " + (c.better() ? "↑" : "↓") + stars;
    }
}
