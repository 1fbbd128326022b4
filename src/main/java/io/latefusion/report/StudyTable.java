package io.latefusion.report;

import io.latefusion.data.TaskType;
import io.latefusion.experiment.ExperimentSummary;
import io.latefusion.experiment.GridRunner.CellResult;
import io.latefusion.experiment.VariantResult;
import io.latefusion.metrics.TaskMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The study's comparison tables (its Tables 7.5–7.8 and §7.3 views) for an experiment or a grid:
 * per modality subset, every cell and variant against the baseline (the first cell's first
 * variant): each of the task's metrics ({@link TaskMetrics#names}) at the best epoch with its
 * absolute and relative change, the pooling's size, training and test time, and the study's
 * efficiency figure (headline score / training seconds × 1000).
 */
public final class StudyTable {

    private StudyTable() {
    }

    /** The tables of one experiment: its variants against the first. */
    public static String render(ExperimentSummary summary) {
        return render(List.of(new CellResult("", Map.of(), summary, false)));
    }

    /** One Markdown table per subset; each metric cell reads {@code value (Δ abs, Δ rel)}. */
    public static String render(List<CellResult> cells) {
        TaskType task = cells.get(0).summary().task();
        List<String> metrics = TaskMetrics.names(task);
        String headline = TaskMetrics.headline(task);
        List<Row> rows = new ArrayList<>();
        for (CellResult cell : cells) {
            for (VariantResult v : cell.summary().variants()) {
                rows.add(new Row(label(cell.name(), cell.summary().variants().size(), v.variant()), v));
            }
        }
        Row baseline = rows.get(0);
        StringBuilder md = new StringBuilder();
        md.append("Baseline: ").append(baseline.label()).append(". Each metric is the test score at the best epoch,")
                .append(" then (absolute change, relative change) against the baseline.\n");
        for (String subset : baseline.result().testBest().subsets().keySet()) {
            List<String> header = new ArrayList<>(List.of("subset " + subset));
            header.addAll(metrics);
            header.addAll(List.of("pooling params / MACs", "train (s)", "test (s)",
                    "efficiency (" + headline + " / train s × 1000)"));
            List<String[]> table = new ArrayList<>();
            for (Row row : rows) {
                String[] r = new String[header.size()];
                r[0] = row.label();
                for (int m = 0; m < metrics.size(); m++) {
                    r[m + 1] = compared(value(row, subset, metrics.get(m)), value(baseline, subset, metrics.get(m)),
                            row == baseline);
                }
                int k = metrics.size();
                r[k + 1] = row.result().pooling().parameters() + " / " + row.result().pooling().flops();
                r[k + 2] = Formats.seconds(row.result().cost().train());
                r[k + 3] = Formats.seconds(row.result().cost().test());
                Double score = value(row, subset, headline);
                double efficiency = score == null ? Double.NaN : efficiency(score, row.result().cost().train());
                r[k + 4] = Double.isNaN(efficiency) ? "—" : Formats.significant(efficiency);
                table.add(r);
            }
            md.append('\n').append(MarkdownTable.render(header, table));
        }
        return md.toString();
    }

    /** A row's name: the variant (plain experiment), the cell (one variant per cell), or {@code cell / variant}. */
    public static String label(String cell, int variantsInCell, String variant) {
        return cell.isEmpty() ? variant : variantsInCell == 1 ? cell : cell + " / " + variant;
    }

    /** The study's efficiency (§7.3.4): headline score per training second × 1000; NaN without training time. */
    public static double efficiency(double headline, double trainSeconds) {
        return trainSeconds > 0 ? headline / trainSeconds * 1000 : Double.NaN;
    }

    private static Double value(Row row, String subset, String metric) {
        Map<String, Double> m = row.result().testBest().subsets().get(subset);
        return m == null ? null : m.get(metric);
    }

    private static String compared(Double value, Double base, boolean isBaseline) {
        if (value == null) {
            return "—";
        }
        if (isBaseline || base == null) {
            return Formats.metric(value);
        }
        String relative = base == 0 ? "—" : Formats.percentChange((value - base) / base * 100);
        return Formats.metric(value) + String.format(java.util.Locale.ROOT, " (%+.4f, %s)", value - base, relative);
    }

    private record Row(String label, VariantResult result) {
    }
}
