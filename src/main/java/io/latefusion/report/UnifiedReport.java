package io.latefusion.report;

import io.latefusion.experiment.AtomicFiles;
import java.nio.file.Path;

/**
 * Builds the unified report of a suite run folder from its saved files, without running anything:
 * {@code report.json} (machine-readable, with JMH's array under {@code jmh}), {@code cells.csv}
 * (one flat row per cell) and {@code report.md}, each written atomically into the folder.
 */
public final class UnifiedReport {

    private UnifiedReport() {
    }

    /**
     * Writes the three reports of {@code runDir} and returns the path of {@code report.md}.
     *
     * @throws ReportException when the folder is missing, holds corrupt or foreign files, an empty JMH
     *                         result, or neither JMH nor quality results
     */
    public static Path build(Path runDir) {
        ReportDocument report = ReportBuilder.build(SuiteResults.read(runDir));
        AtomicFiles.writeJson(runDir.resolve("report.json"), report);
        AtomicFiles.write(runDir.resolve("cells.csv"), CellsCsv.render(report.cells()));
        Path markdown = runDir.resolve("report.md");
        AtomicFiles.write(markdown, MarkdownReport.render(report));
        return markdown;
    }
}
