package io.latefusion.cli;

import io.latefusion.experiment.AtomicFiles;
import io.latefusion.experiment.ConfigException;
import io.latefusion.experiment.ConfigLoader;
import io.latefusion.experiment.ExperimentConfig;
import io.latefusion.experiment.ExperimentRunner;
import io.latefusion.experiment.ExperimentSummary;
import io.latefusion.experiment.GridCell;
import io.latefusion.experiment.GridRunner;
import io.latefusion.experiment.RunDirectory;
import io.latefusion.report.GenreTable;
import io.latefusion.report.ReportException;
import io.latefusion.report.research.ResearchReport;
import io.latefusion.stats.Correction;
import io.latefusion.report.StudyTable;
import io.latefusion.report.WrittenReport;
import io.latefusion.report.SummaryTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code experiment CONFIG}: pre-train, train every variant, print and save the comparison table. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Runs an experiment config: pre-trains what the variants need, trains each variant,"
                + " prints the scratch-vs-pretrained table. Output goes to a new folder under --out.")
final class ExperimentCommand implements Callable<Integer> {

    @Mixin
    ConfigArguments arguments;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue an interrupted grid in its folder: finished cells are read back, not run again;"
                    + " several processes may resume one folder at once (each cell runs in one of them)")
    Path resume;

    @Option(names = "--seeds", paramLabel = "N",
            description = "Run every cell N times, with seeds seed, seed+1, …, seed+N-1 (replaces a seeds: list)")
    Integer seeds;

    @Override
    public Integer call() {
        return run(arguments.config, arguments.out, arguments.overrides, resume, seeds);
    }

    /**
     * Runs {@code config} with {@code overrides}: a plain config into a new folder under {@code out},
     * a grid into its own folder (or {@code resume}'s); prints the comparison table.
     */
    static int run(Path config, Path out, List<String> overrides, Path resume, Integer seeds) {
        List<GridCell> cells = ConfigLoader.loadGrid(config, overrides, seeds);
        if (cells.size() == 1 && cells.get(0).name().isEmpty()) {
            if (resume != null) {
                throw new ConfigException(config + ": --resume continues a grid, and this config has no grid section");
            }
            return runOne(cells.get(0).config(), out);
        }
        Path folder;
        if (resume != null) {
            if (!Files.isDirectory(resume.resolve("cells")) && !Files.isRegularFile(resume.resolve("grid.json"))) {
                throw new ConfigException("--resume " + resume + ": not a grid folder (expected grid.json or a cells/"
                        + " folder in it)");
            }
            folder = resume;
        } else {
            folder = RunDirectory.create(out, cells.get(0).config().name() + "-grid").path();
        }
        System.out.printf("grid of %d cells → %s%n", cells.size(), folder);
        List<GridRunner.CellResult> results = new GridRunner(folder, System.out).run(cells);
        String table = StudyTable.render(results);
        AtomicFiles.write(folder.resolve("grid.md"), "# " + cells.get(0).config().name() + " — grid " + folder.getFileName()
                + "\n\n" + table);
        System.out.println();
        System.out.println(table);
        System.out.println("results: " + folder + "  (resume with --resume " + folder + ")");
        researchReport(folder);
        return 0;
    }

    /** Writes the research report of a finished run folder and says where; a report failure does not undo the run. */
    private static void researchReport(Path folder) {
        try {
            WrittenReport report = ResearchReport.build(folder, Correction.HOLM);
            System.out.println("research report: " + report.markdown().resolveSibling("report.html"));
            if (!report.leftOut().isEmpty()) {
                System.out.println("research report " + report.leftOutLine());
            }
        } catch (ReportException e) {
            System.err.println("research report not written: " + e.getMessage());
        }
    }

    private static int runOne(ExperimentConfig cfg, Path out) {
        ExperimentRunner runner = new ExperimentRunner(out, System.out);
        ExperimentSummary summary = runner.run(cfg);
        String genres = GenreTable.render(summary);
        String table = SummaryTable.render(summary) + "\n" + StudyTable.render(summary)
                + (genres.isEmpty() ? "" : "\n" + genres);
        AtomicFiles.write(runner.folder(summary).resolve("summary.md"),
                "# " + cfg.name() + " — run " + summary.runId() + "\n\n" + table);
        System.out.println();
        System.out.println(table);
        System.out.println("results: " + runner.folder(summary));
        researchReport(runner.folder(summary));
        return 0;
    }
}
