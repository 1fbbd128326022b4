package io.latefusion.report.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The results of one file together with its path, so that a problem found while comparing
 * (no reference benchmark, nothing in common, a unit mismatch) can name the file.
 */
public record ResultFile(Path path, List<JmhResult> results) {

    public ResultFile {
        Objects.requireNonNull(path, "path");
        results = List.copyOf(results);
    }

    /** Reads {@code path} with {@link JmhResults#read(Path)}. */
    public static ResultFile read(Path path) {
        return new ResultFile(path, JmhResults.read(path));
    }
}
