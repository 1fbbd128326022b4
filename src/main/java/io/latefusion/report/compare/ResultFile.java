package io.latefusion.report.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The results of one file together with its path, so that a problem found while comparing
 * (no reference benchmark, nothing in common, a unit mismatch) can name the file, and with the
 * record of where and when it was measured.
 *
 * @param provenance the {@link Provenance} the suite recorded, null for results without one
 *                   (JMH run by hand, or older files)
 */
public record ResultFile(Path path, List<JmhResult> results, Provenance provenance) {

    public ResultFile {
        Objects.requireNonNull(path, "path");
        results = List.copyOf(results);
    }

    /** Reads {@code path} with {@link JmhResults#read(Path)}. */
    public static ResultFile read(Path path) {
        return JmhResults.read(path);
    }

    /** The file name, for tables: {@code jmh.json}, or the run folder and name of a suite's {@code report.json}. */
    public String name() {
        Path file = path.getFileName();
        Path parent = path.toAbsolutePath().getParent();
        boolean generic = file.toString().equals("report.json") || file.toString().equals("jmh.json");
        return generic && parent != null && parent.getFileName() != null
                ? parent.getFileName() + "/" + file : file.toString();
    }
}
