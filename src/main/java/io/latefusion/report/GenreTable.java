package io.latefusion.report;

import io.latefusion.experiment.ExperimentSummary;
import io.latefusion.experiment.VariantResult;
import io.latefusion.train.MultiLabelObjective;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The per-label F1 table of a multi-label experiment (MM-IMDb's per-genre F1): one row per label,
 * in the data set's order, one column per variant and modality subset, the test F1 of the best
 * epoch's weights. Labels are read from the results' {@code f1_label/<name>} scores, so the genre
 * names of the file travel into the report; a single-label experiment has no such table.
 */
public final class GenreTable {

    private GenreTable() {
    }

    /** The Markdown table, or an empty string when the results hold no per-label scores. */
    public static String render(ExperimentSummary summary) {
        List<VariantResult> variants = summary.variants();
        if (variants.isEmpty()) {
            return "";
        }
        List<String> subsets = new ArrayList<>(variants.get(0).testBest().subsets().keySet());
        Set<String> labels = new LinkedHashSet<>();
        for (VariantResult v : variants) {
            for (Map<String, Double> metrics : v.testBest().subsets().values()) {
                metrics.keySet().stream().filter(k -> k.startsWith(MultiLabelObjective.PER_LABEL_PREFIX))
                        .forEach(labels::add);
            }
        }
        if (labels.isEmpty()) {
            return "";
        }
        List<String> header = new ArrayList<>(List.of("test F1 per label (best epoch)"));
        for (VariantResult v : variants) {
            for (String subset : subsets) {
                header.add(v.variant() + " " + subset);
            }
        }
        List<String[]> rows = new ArrayList<>();
        for (String key : labels) {
            String[] row = new String[header.size()];
            row[0] = key.substring(MultiLabelObjective.PER_LABEL_PREFIX.length());
            int c = 1;
            for (VariantResult v : variants) {
                for (String subset : subsets) {
                    Double value = v.testBest().subsets().getOrDefault(subset, Map.of()).get(key);
                    row[c++] = value == null ? "—" : Formats.metric(value);
                }
            }
            rows.add(row);
        }
        return MarkdownTable.render(header, rows);
    }
}
