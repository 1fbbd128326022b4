package io.latefusion.report;

import java.util.List;
import java.util.function.Function;

/** A Markdown table: a left-aligned label column, then right-aligned value columns. */
public final class MarkdownTable {

    private MarkdownTable() {
    }

    /** One row: {@code label}, then {@code cell} applied to each column's item. */
    public static <T> String[] row(String label, List<T> columns, Function<T, String> cell) {
        String[] r = new String[columns.size() + 1];
        r[0] = label;
        for (int i = 0; i < columns.size(); i++) {
            r[i + 1] = cell.apply(columns.get(i));
        }
        return r;
    }

    /** The table with {@code header} and {@code rows}, each line ending in a newline. */
    public static String render(List<String> header, List<String[]> rows) {
        StringBuilder md = new StringBuilder();
        md.append("| ").append(String.join(" | ", header)).append(" |\n|---|");
        md.append("---:|".repeat(header.size() - 1)).append('\n');
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return md.toString();
    }
}
