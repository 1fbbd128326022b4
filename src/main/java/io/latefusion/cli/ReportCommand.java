package io.latefusion.cli;

import io.latefusion.report.ReportException;
import io.latefusion.report.UnifiedReport;
import io.latefusion.report.WrittenReport;
import io.latefusion.report.research.ResearchReport;
import io.latefusion.stats.Correction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report RESULTS_DIR}: rebuilds a report from saved files, without running anything, and
 * prints the path of report.md and its Markdown. A suite run folder gets the unified report
 * (report.json, cells.csv, report.md); an experiment, grid or seeded folder the research report
 * (report.md, report.html, charts/). A missing or unreadable file is left out — named in the report
 * and in one {@code warning:} line on stderr — and the rest reported (exit 0); a folder with nothing
 * usable exits 2 with a one-line message naming it.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuilds a report from saved files; runs nothing. A suite run folder (run.json, jmh.json,"
                + " quality/) gets the unified report (report.json, cells.csv, report.md); an experiment, grid or"
                + " seeded folder (config.yaml + variants/, or cells/) the research report (report.md, report.html,"
                + " charts/).")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESULTS_DIR", description = "A suite run folder, or an experiment, grid or"
            + " seeded results folder")
    Path resultsDir;

    @Option(names = "--correction", paramLabel = "holm|bh", defaultValue = "holm",
            description = "Multiple-comparison correction of the research report: holm (Holm-Bonferroni, default)"
                    + " or bh (Benjamini-Hochberg)")
    String correction;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        WrittenReport report;
        try {
            report = ResearchReport.appliesTo(resultsDir)
                    ? ResearchReport.build(resultsDir, Correction.fromKey(correction))
                    : UnifiedReport.build(resultsDir);
        } catch (ReportException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(report.markdown());
        out.println();
        try {
            out.print(Files.readString(report.markdown()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + report.markdown() + ": " + e.getMessage(), e);
        }
        out.flush();
        if (!report.leftOut().isEmpty()) {
            spec.commandLine().getErr().println("warning: " + report.leftOutLine());
        }
        return 0;
    }
}
