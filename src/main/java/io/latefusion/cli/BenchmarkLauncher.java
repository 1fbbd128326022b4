package io.latefusion.cli;

import io.latefusion.bench.BenchSettings;
import io.latefusion.bench.DataSource;
import io.latefusion.bench.EngineThreads;
import io.latefusion.bench.ReferenceBenchmark;
import io.latefusion.experiment.AtomicFiles;
import io.latefusion.experiment.Cell;
import io.latefusion.experiment.Environment;
import io.latefusion.experiment.QualityRunner;
import io.latefusion.experiment.RunDirectory;
import io.latefusion.report.UnifiedReport;
import io.latefusion.report.compare.Provenance;
import io.latefusion.report.compare.ProvenanceStamp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs a benchmark suite into a new run folder: the companion quality runner trains each cell to
 * convergence (and so caches its pre-trained encoders), then JMH times the cells in forks that
 * reuse those encoders, then every JMH result is stamped with the run's id, time, commit and
 * environment, then the unified report is built from both. With JMH options from the
 * command line, they pass through unchanged; without, the default quick suite runs.
 */
final class BenchmarkLauncher {

    /** {@code -Dlatefusion.quality=false} skips the companion quality runner (a throughput-only run). */
    static final String QUALITY = "latefusion.quality";

    /**
     * The cells' @Param names and their defaults (the annotations' values): the four that name a
     * grid cell, then the engine's thread count and the data the cells read.
     */
    static final Map<String, List<String>> GRID = defaults();

    private final Path resultsRoot;

    BenchmarkLauncher(Path resultsRoot) {
        this.resultsRoot = resultsRoot;
        // the quality runner in this process must train at the forks' thread counts
        for (String arg : BenchSettings.forkArgs()) {
            if (arg.startsWith("-Dai.djl.pytorch.")) {
                String[] kv = arg.substring(2).split("=", 2);
                if (System.getProperty(kv[0]) == null) {
                    System.setProperty(kv[0], kv[1]);
                }
            }
        }
    }

    private static Map<String, List<String>> defaults() {
        Map<String, List<String>> grid = new LinkedHashMap<>();
        grid.put("dataset", List.of("avmnist"));
        grid.put("pretrain", List.of("none", "all"));
        grid.put("pooling", List.of("concat"));
        grid.put("scale", List.of("quick"));
        grid.put(EngineThreads.PARAM, List.of(EngineThreads.DEFAULT));
        grid.put(DataSource.PARAM, List.of(DataSource.SYNTHETIC));
        return grid;
    }

    /** The default suite: every benchmark over the default grid, with short iterations. */
    int defaultSuite() throws RunnerException {
        Options options = new OptionsBuilder()
                .include("io\\.latefusion\\.bench\\..*")
                .warmupIterations(1)
                .measurementIterations(3)
                .warmupTime(TimeValue.seconds(3))
                .measurementTime(TimeValue.seconds(3))
                .build();
        return run(options, new String[0]);
    }

    /** JMH's own command line, passed through; the report is built from the run. */
    int passThrough(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        if (options.shouldHelp()) {
            options.showHelp();
        } else if (options.shouldListProfilers()) {
            options.listProfilers();
        } else if (options.shouldListResultFormats()) {
            options.listResultFormats();
        } else if (options.shouldList()) {
            new Runner(options).list();
        } else if (options.shouldListWithParams()) {
            new Runner(options).listWithParams(options);
        } else {
            for (int i = 0; i + 1 < args.length; i++) {
                String name = args[i].equals("-p") ? args[i + 1].split("=", 2)[0] : null;
                if (name != null && !GRID.containsKey(name) && !name.equals("batch")) {
                    throw new IllegalArgumentException("Unknown parameter '" + name + "' (expected one of "
                            + String.join(", ", GRID.keySet()) + ", batch)");
                }
            }
            if (options.getResultFormat().hasValue() && options.getResultFormat().get() != ResultFormatType.JSON) {
                throw new IllegalArgumentException("-rf " + options.getResultFormat().get()
                        + ": the report reads JMH's JSON; use -rf json (the default here)");
            }
            return run(options, args);
        }
        return 0;
    }

    private int run(Options base, String[] command) throws RunnerException {
        List<Cell> cells = cells(base);
        SortedSet<BenchmarkListEntry> benchmarks = BenchmarkList.defaultList().find(
                OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT),
                base.getIncludes().isEmpty() ? List.of(".*") : base.getIncludes(), base.getExcludes());
        if (benchmarks.isEmpty()) {
            throw new IllegalArgumentException("No benchmark matches " + base.getIncludes()
                    + " (see: java -jar benchmarks.jar list)");
        }
        boolean cellBenchmarks = benchmarks.stream()
                .anyMatch(b -> !b.getUserClassQName().equals(ReferenceBenchmark.class.getName()));
        List<String> jvmArgs = new ArrayList<>(BenchSettings.forkArgs());
        jvmArgs.addAll(base.getJvmArgsAppend().orElse(List.of()));
        RunDirectory run = RunDirectory.create(resultsRoot, "bench");
        Path quality = run.path().resolve("quality");
        Path histograms = run.path().resolve("histograms");
        Path splits = run.path().resolve("splits");
        String started = Instant.now().toString();
        Map<String, String> environment = Environment.describe();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("run_id", run.id());
        info.put("started", started);
        info.put("command", List.of(command));
        info.put("environment", environment);
        info.put("cells", cells);
        info.put("fork_jvm_args", jvmArgs);
        AtomicFiles.writeJson(run.path().resolve("run.json"), info);
        System.out.printf("run %s → %s%n%d cell(s): %s%n", run.id(), run.path(), cells.size(), cells);

        if (!cellBenchmarks) {
            System.out.println("no benchmark of a grid cell selected: no quality runs");
        } else if (Boolean.parseBoolean(System.getProperty(QUALITY, "true"))) {
            new QualityRunner(quality, System.out).run(cells, data(base).overrides());
        } else {
            System.out.println("quality runner skipped (-D" + QUALITY + "=false): the report has JMH scores only");
        }

        Path jmhJson = base.getResult().hasValue() ? Path.of(base.getResult().get()) : run.path().resolve("jmh.json");
        // forks get the cache, histogram and splits folders as arguments; an in-process run (-f 0) as properties
        System.setProperty(BenchSettings.CACHE, quality.toAbsolutePath().toString());
        System.setProperty(BenchSettings.HISTOGRAMS, histograms.toAbsolutePath().toString());
        System.setProperty(BenchSettings.SPLITS, splits.toAbsolutePath().toString());
        jvmArgs.add("-D" + BenchSettings.CACHE + "=" + quality.toAbsolutePath());
        jvmArgs.add("-D" + BenchSettings.HISTOGRAMS + "=" + histograms.toAbsolutePath());
        jvmArgs.add("-D" + BenchSettings.SPLITS + "=" + splits.toAbsolutePath());
        ChainedOptionsBuilder options = new OptionsBuilder().parent(base)
                .result(jmhJson.toString())
                .resultFormat(ResultFormatType.JSON)
                .shouldFailOnError(base.shouldFailOnError().orElse(true))
                .jvmArgsAppend(jvmArgs.toArray(String[]::new));
        System.out.printf("%n== JMH ==%n");
        Collection<RunResult> results = new Runner(options.build()).run();
        if (results.isEmpty()) {
            throw new IllegalStateException("JMH produced no results (every fork failed to start?); see the output"
                    + " above");
        }
        // every result records where it ran, wherever the file is copied (the gate compares environments)
        ProvenanceStamp.stamp(jmhJson, new Provenance(run.id(), started, environment.get("git_commit"), environment));
        if (!jmhJson.equals(run.path().resolve("jmh.json"))) {
            AtomicFiles.write(run.path().resolve("jmh.json"), readAll(jmhJson));
        }
        Path report = UnifiedReport.build(run.path()).markdown();
        System.out.printf("%nreport: %s%n", report);
        return 0;
    }

    /** The cells the run covers: the cross product of the -p values (or the defaults), validated. */
    static List<Cell> cells(Options options) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        GRID.forEach((name, defaults) -> values.put(name,
                new ArrayList<>(options.getParameter(name).orElse(defaults))));
        List<Cell> cells = new ArrayList<>();
        for (String dataset : values.get("dataset")) {
            for (String pretrain : values.get("pretrain")) {
                for (String pooling : values.get("pooling")) {
                    for (String scale : values.get("scale")) {
                        cells.add(new Cell(dataset, pretrain, pooling, scale));
                    }
                }
            }
        }
        for (String batch : options.getParameter("batch").orElse(List.of("1"))) {
            if (!batch.matches("[1-9][0-9]*")) {
                throw new IllegalArgumentException("Invalid batch '" + batch + "' (expected a positive whole number)");
            }
        }
        values.get(EngineThreads.PARAM).forEach(EngineThreads::parse);
        data(options);
        return cells;
    }

    /** The one data source of the run ({@code -p data=...}), checked: the quality runner keys its cells on the grid alone. */
    static DataSource data(Options options) {
        List<String> data = new ArrayList<>(options.getParameter(DataSource.PARAM).orElse(GRID.get(DataSource.PARAM)));
        if (data.size() != 1) {
            throw new IllegalArgumentException("Invalid -p data=" + String.join(",", data)
                    + " (expected one value per run: synthetic or LAYOUT:DIR)");
        }
        return DataSource.parse(data.get(0));
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the JMH result: " + e.getMessage(), e);
        }
    }
}
