package io.latefusion.report.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link GateReport} as plain text for a CI log: a fixed-width table (one row per
 * matched benchmark), the unmatched benchmarks, and a last line that sums it up, e.g.
 * {@code 1 regression, 0 improvements, 3 within noise, 2 unmatched}.
 */
public final class CompareTable {

    private static final String[] HEADER =
            {"benchmark", "params", "mode", "baseline", "candidate", "unit", "change", "verdict"};
    /** Right-aligned columns: the numbers. */
    private static final boolean[] RIGHT = {false, false, false, true, true, false, true, false};
    private static final String GAP = "  ";

    private CompareTable() {
    }

    public static String render(GateReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "tolerance %s %%, %s%n", number(report.options().tolerance() * 100),
                report.options().normalisation() == Normalisation.REFERENCE
                        ? "scores divided by each file's reference benchmark"
                        : "scores as measured"));
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        report.comparisons().forEach(c -> rows.add(row(c)));
        int[] widths = new int[HEADER.length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        rows.forEach(r -> out.append(line(r, widths)).append('\n'));
        if (report.comparisons().stream().anyMatch(c -> !c.confidenceKnown())) {
            out.append("no CI: 2 or fewer samples give no confidence interval; judged by the tolerance alone\n");
        }
        unmatched(out, "only in baseline", report.onlyInBaseline());
        unmatched(out, "only in candidate", report.onlyInCandidate());
        out.append('\n').append(summary(report)).append('\n');
        return out.toString();
    }

    /** The one-line verdict, e.g. {@code 1 regression, 0 improvements, 3 within noise, 2 unmatched}. */
    public static String summary(GateReport report) {
        long regressions = report.count(Verdict.REGRESSION);
        long improvements = report.count(Verdict.IMPROVEMENT);
        return regressions + (regressions == 1 ? " regression, " : " regressions, ")
                + improvements + (improvements == 1 ? " improvement, " : " improvements, ")
                + report.count(Verdict.WITHIN_NOISE) + " within noise, "
                + report.unmatched() + " unmatched";
    }

    private static String[] row(Comparison c) {
        JmhResult b = c.baseline();
        return new String[] {
            b.shortName(),
            b.params().isEmpty() ? "-" : b.paramsText(),
            b.mode().shortLabel(),
            scoreText(b),
            scoreText(c.candidate()),
            b.unit(),
            String.format(Locale.ROOT, "%+.1f%%", c.change() * 100),
            c.verdict().label() + (c.confidenceKnown() ? "" : " (no CI)"),
        };
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(widths[i] - cells[i].length());
            line.append(i == 0 ? "" : GAP).append(RIGHT[i] ? pad + cells[i] : cells[i] + pad);
        }
        return line.toString().stripTrailing();
    }

    private static void unmatched(StringBuilder out, String heading, List<JmhResult> results) {
        if (!results.isEmpty()) {
            out.append('\n').append(heading).append(" (not judged):\n");
            results.forEach(r -> out.append("  ").append(r.label()).append('\n'));
        }
    }

    /** The score with JMH's error, or the score alone when JMH could not estimate the error. */
    private static String scoreText(JmhResult r) {
        return Double.isFinite(r.scoreError()) ? number(r.score()) + " ± " + number(r.scoreError()) : number(r.score());
    }

    /** Four significant digits, in plain notation unless the value is very large or very small. */
    private static String number(double value) {
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e9)) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
