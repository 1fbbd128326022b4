package io.latefusion.report;

import io.latefusion.experiment.GridRunner.CellResult;
import io.latefusion.experiment.VariantResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The study's comparison tables for a grid: per modality subset, every cell and variant against the
 * baseline (the grid's first cell, first variant): each metric at the best epoch with its absolute
 * and relative change, and training and test time.
 */
public final class GridTable {

    private static final List<String> METRICS = List.of("accuracy", "f1_macro", "f1_micro", "f1_weighted");

    private GridTable() {
    }

    /** One Markdown table per subset; each metric cell reads {@code value (Δ abs, Δ rel)}. */
    public static String render(List<CellResult> cells) {
        List<Row> rows = new ArrayList<>();
        for (CellResult cell : cells) {
            for (VariantResult v : cell.summary().variants()) {
                String label = cell.name().isEmpty() ? v.variant()
                        : cell.summary().variants().size() == 1 ? cell.name() : cell.name() + " / " + v.variant();
                rows.add(new Row(label, v));
            }
        }
        Row baseline = rows.get(0);
        StringBuilder md = new StringBuilder();
        md.append("Baseline: ").append(baseline.label()).append(". Each metric is the test score at the best epoch,")
                .append(" then (absolute change, relative change) against the baseline.\n");
        for (String subset : baseline.result().testBest().subsets().keySet()) {
            List<String> header = new ArrayList<>(List.of("subset " + subset));
            header.addAll(METRICS);
            header.addAll(List.of("pooling params / MACs", "train (s)", "test (s)"));
            List<String[]> table = new ArrayList<>();
            for (Row row : rows) {
                String[] r = new String[header.size()];
                r[0] = row.label();
                for (int m = 0; m < METRICS.size(); m++) {
                    r[m + 1] = compared(value(row, subset, METRICS.get(m)), value(baseline, subset, METRICS.get(m)),
                            row == baseline);
                }
                r[METRICS.size() + 1] = row.result().pooling().parameters() + " / " + row.result().pooling().flops();
                r[METRICS.size() + 2] = Formats.seconds(row.result().cost().train());
                r[METRICS.size() + 3] = Formats.seconds(row.result().cost().test());
                table.add(r);
            }
            md.append('\n').append(MarkdownTable.render(header, table));
        }
        return md.toString();
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
