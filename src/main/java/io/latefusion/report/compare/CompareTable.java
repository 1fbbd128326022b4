package io.latefusion.report.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link GateReport} as plain text for a CI log: the settings, a fixed-width table (one
 * row per matched benchmark: samples and forks a side, the ratio new/baseline, its interval, the
 * verdict), the unmatched benchmarks, and a last line that sums it up, e.g.
 * {@code 1 regression, 0 improvements, 3 within noise, 0 undecidable, 2 unmatched}.
 */
public final class CompareTable {

    private static final String[] HEADER =
            {"benchmark", "params", "mode", "samples", "forks", "ratio", "interval", "verdict"};
    /** Right-aligned columns: the numbers. */
    private static final boolean[] RIGHT = {false, false, false, true, true, true, false, false};
    private static final String GAP = "  ";

    private CompareTable() {
    }

    public static String render(GateReport report) {
        StringBuilder out = new StringBuilder();
        out.append(report.options().describe()).append('\n');
        out.append("samples and forks: baseline/candidate; ratio: candidate / baseline mean\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        report.comparisons().forEach(c -> rows.add(row(c)));
        out.append(table(rows, RIGHT));
        unmatched(out, "only in baseline", report.onlyInBaseline());
        unmatched(out, "only in candidate", report.onlyInCandidate());
        out.append('\n').append(summary(report)).append('\n');
        return out.toString();
    }

    /** The one-line verdict, e.g. {@code 1 regression, 0 improvements, 3 within noise, 0 undecidable, 2 unmatched}. */
    public static String summary(GateReport report) {
        long regressions = report.count(Verdict.REGRESSION);
        long improvements = report.count(Verdict.IMPROVEMENT);
        return regressions + (regressions == 1 ? " regression, " : " regressions, ")
                + improvements + (improvements == 1 ? " improvement, " : " improvements, ")
                + report.count(Verdict.WITHIN_NOISE) + " within noise, "
                + report.count(Verdict.UNDECIDABLE) + " undecidable, "
                + report.unmatched() + " unmatched";
    }

    /** The cells of one comparison, as the table and the markdown summary show them. */
    static String[] row(Comparison c) {
        JmhResult b = c.baseline();
        return new String[] {
            b.shortName(),
            b.params().isEmpty() ? "-" : b.paramsText(),
            b.mode().shortLabel(),
            b.sampleCount() + "/" + c.candidate().sampleCount(),
            b.forkCount() + "/" + c.candidate().forkCount(),
            GateFormat.ratio(c.ratio()),
            c.interval() == null ? "-" : GateFormat.interval(c.interval()),
            c.verdictText(),
        };
    }

    /** Rows (the first one the header) in fixed-width columns, right-aligned where {@code right} says. */
    static String table(List<String[]> rows, boolean[] right) {
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (String[] cells : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                String pad = " ".repeat(widths[i] - cells[i].length());
                line.append(i == 0 ? "" : GAP).append(right[i] ? pad + cells[i] : cells[i] + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static void unmatched(StringBuilder out, String heading, List<JmhResult> results) {
        if (!results.isEmpty()) {
            out.append('\n').append(heading).append(" (not judged):\n");
            results.forEach(r -> out.append("  ").append(r.label()).append('\n'));
        }
    }
}
