package io.latefusion.report.compare;

import io.latefusion.report.MarkdownTable;
import java.util.List;

/**
 * The gate's result as markdown for a pull-request comment: a one-line verdict, the table of
 * {@link CompareTable}, the settings and files, and the environment warnings, so that a reviewer
 * sees at once whether the numbers can be trusted.
 */
public final class MarkdownSummary {

    private static final List<String> HEADER =
            List.of("benchmark", "params", "mode", "samples", "forks", "ratio", "interval", "verdict");

    private MarkdownSummary() {
    }

    public static String render(GateReport report, ResultFile baseline, ResultFile candidate) {
        StringBuilder md = new StringBuilder();
        md.append("**Benchmark gate: ").append(headline(report)).append("** (")
                .append(CompareTable.summary(report)).append(")\n\n");
        md.append(MarkdownTable.render(HEADER, report.comparisons().stream().map(CompareTable::row).toList()));
        md.append("\nSamples and forks: baseline/candidate; ratio: candidate / baseline mean.\n\n");
        md.append("Settings: ").append(report.options().describe()).append(".\n\n");
        md.append("Baseline `").append(baseline.path()).append("`, candidate `").append(candidate.path()).append("`.\n");
        unmatched(md, "Only in the baseline", report.onlyInBaseline());
        unmatched(md, "Only in the candidate", report.onlyInCandidate());
        if (!report.warnings().isEmpty()) {
            md.append("\n### Environment warnings\n\n");
            report.warnings().forEach(w -> md.append("- **WARNING:** ").append(w).append('\n'));
        }
        return md.toString();
    }

    private static String headline(GateReport report) {
        if (report.hasRegression()) {
            return "regression";
        }
        return report.hasUndecidable() ? "undecidable (too few samples)" : "no regression";
    }

    private static void unmatched(StringBuilder md, String heading, List<JmhResult> results) {
        if (!results.isEmpty()) {
            md.append('\n').append(heading).append(" (not judged): ")
                    .append(String.join(", ", results.stream().map(r -> "`" + r.label() + "`").toList())).append('\n');
        }
    }
}
