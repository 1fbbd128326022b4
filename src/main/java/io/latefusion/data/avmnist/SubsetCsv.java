package io.latefusion.data.avmnist;

import io.latefusion.data.DataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One of the study's {@code <split>_subset.csv} files: a header naming the columns {@code audio},
 * {@code image} and {@code label} (in any order), then one sample per line, paths relative to the
 * CSV's folder.
 */
final class SubsetCsv {

    static final List<String> COLUMNS = List.of("audio", "image", "label");

    /** One sample: its files, its digit, and the line that listed it (for error messages). */
    record Row(Path audio, Path image, int label, String origin) {
    }

    private SubsetCsv() {
    }

    /** The rows of {@code csv}, labels checked to lie in {@code 0..numClasses-1}. */
    static List<Row> read(Path csv, int numClasses) {
        if (!Files.isRegularFile(csv)) {
            throw new DataException(csv + " does not exist, expected a CSV with the header "
                    + String.join(",", COLUMNS));
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataException("Cannot read " + csv + ": " + e.getMessage(), e);
        }
        List<String> header = lines.isEmpty() ? List.of() : Arrays.stream(lines.get(0).split(",", -1))
                .map(s -> s.strip().replace("\uFEFF", "")).toList();
        int[] column = new int[COLUMNS.size()];
        for (int c = 0; c < column.length; c++) {
            column[c] = header.indexOf(COLUMNS.get(c));
            if (column[c] < 0) {
                throw new DataException(csv + " has the header '" + String.join(",", header)
                        + "', expected the columns " + String.join(",", COLUMNS));
            }
        }
        Path folder = csv.toAbsolutePath().getParent();
        List<Row> rows = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String origin = csv + " line " + (i + 1);
            String[] fields = lines.get(i).split(",", -1);
            if (fields.length != header.size()) {
                throw new DataException(origin + " has " + fields.length + " fields, expected " + header.size());
            }
            rows.add(new Row(folder.resolve(fields[column[0]].strip()), folder.resolve(fields[column[1]].strip()),
                    label(fields[column[2]].strip(), numClasses, origin), origin));
        }
        return rows;
    }

    private static int label(String text, int numClasses, String origin) {
        int label;
        try {
            label = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            label = -1;
        }
        if (label < 0 || label >= numClasses) {
            throw new DataException(origin + " has the label '" + text + "', expected an integer 0.." + (numClasses - 1));
        }
        return label;
    }
}
