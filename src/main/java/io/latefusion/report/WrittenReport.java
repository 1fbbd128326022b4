package io.latefusion.report;

import java.nio.file.Path;
import java.util.List;

/**
 * A report written from a results folder: its {@code report.md}, and what it left out — each file
 * that was missing or unreadable, named, with what the report lacks for it — in words.
 */
public record WrittenReport(Path markdown, List<String> leftOut) {

    public WrittenReport {
        leftOut = List.copyOf(leftOut);
    }

    /** One line for the console: {@code left out 2 files: a; b}, or empty when nothing was left out. */
    public String leftOutLine() {
        return leftOut.isEmpty() ? "" : "left out " + leftOut.size() + (leftOut.size() == 1 ? " file: " : " files: ")
                + String.join("; ", leftOut);
    }
}
