package io.latefusion.cli;

import io.latefusion.report.ReportException;
import io.latefusion.report.UnifiedReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report RESULTS_DIR}: rebuilds a suite run's report.json, cells.csv and report.md from its
 * saved files, without running anything, and prints the path of report.md and its Markdown. Exits 2
 * with a one-line message naming the file when the folder cannot be reported on.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuilds the unified report (report.json, cells.csv, report.md) of a suite run folder from"
                + " its jmh.json, histograms/ and quality/ results; runs nothing.")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A suite run folder (holding run.json, jmh.json,"
            + " histograms/, quality/)")
    Path resultsDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path markdown;
        try {
            markdown = UnifiedReport.build(resultsDir);
        } catch (ReportException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(markdown);
        out.println();
        try {
            out.print(Files.readString(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + markdown + ": " + e.getMessage(), e);
        }
        out.flush();
        return 0;
    }
}
