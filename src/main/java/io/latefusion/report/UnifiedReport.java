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
     * Writes the three reports of {@code runDir} from what it can read, and returns {@code report.md}
     * with the files left out (missing, corrupt or foreign; also listed in the report's notes).
     *
     * @throws ReportException when the folder is missing or holds neither readable JMH nor quality results
     */
    public static WrittenReport build(Path runDir) {
        SuiteResults suite = SuiteResults.read(runDir);
        ReportDocument report = ReportBuilder.build(suite);
        AtomicFiles.writeJson(runDir.resolve("report.json"), report);
        AtomicFiles.write(runDir.resolve("cells.csv"), CellsCsv.render(report.cells()));
        Path markdown = runDir.resolve("report.md");
        AtomicFiles.write(markdown, MarkdownReport.render(report));
        return new WrittenReport(markdown, suite.missing());
    }
}
