package io.latefusion.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Cell;
import io.latefusion.experiment.RunFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What a suite folder holds, read and checked: {@code run.json}, {@code jmh.json} (parsed, and kept
 * whole in {@code jmhJson}), the HdrHistogram summaries and the quality runs (one per cell). A part
 * the split sizes each cell's forks trained with ({@code splits/}). A part
 * that is absent, or present but corrupt or foreign, is null or empty and {@code missing} says so in
 * words, naming the file; only a folder with neither JMH nor quality results left is a
 * {@link ReportException}.
 */
public record SuiteResults(Path dir, RunInfo run, List<JmhResult> jmh, JsonNode jmhJson,
                           List<LatencyHistogram> histograms, List<SplitSizes> splits, List<QualityRun> quality,
                           List<String> missing) {

    /** Reads the suite folder {@code dir}. */
    public static SuiteResults read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ReportException(dir + ": no such results folder");
        }
        List<String> missing = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        Path runFile = dir.resolve("run.json");
        RunInfo run = null;
        if (Files.isRegularFile(runFile)) {
            run = readOrLeaveOut(() -> RunInfo.read(runFile), "run id, environment and cell list are taken from the"
                    + " other files", unreadable);
        } else {
            missing.add("run.json: no run description (run id, environment and cell list are taken from the other"
                    + " files)");
        }
        Path jmhFile = dir.resolve("jmh.json");
        JsonNode jmhJson = null;
        List<JmhResult> jmh = null;
        if (Files.isRegularFile(jmhFile)) {
            JsonNode tree = readOrLeaveOut(() -> JsonFiles.readTree(jmhFile), "no timings, throughputs or latencies",
                    unreadable);
            jmh = tree == null ? null : readOrLeaveOut(() -> readJmh(tree, jmhFile),
                    "no timings, throughputs or latencies", unreadable);
            jmhJson = jmh == null ? null : tree;
        } else {
            missing.add("jmh.json: no JMH results (no timings, throughputs or latencies)");
        }
        List<LatencyHistogram> histograms = new ArrayList<>();
        for (Path file : list(dir.resolve("histograms"), false)) {
            if (file.getFileName().toString().endsWith(".json")) {
                LatencyHistogram h = readOrLeaveOut(() -> LatencyHistogram.read(file), "no latency percentiles from it",
                        unreadable);
                if (h != null) {
                    histograms.add(h);
                }
            }
        }
        if (histograms.isEmpty() && jmh != null && jmh.stream().anyMatch(r -> r.benchmark().equals("inference"))) {
            missing.add("histograms/: no HdrHistogram summaries of the inference trials");
        }
        List<SplitSizes> splits = new ArrayList<>();
        for (Path file : list(dir.resolve("splits"), false)) {
            if (file.getFileName().toString().endsWith(".json")) {
                SplitSizes s = readOrLeaveOut(() -> SplitSizes.read(file), "no samples/s of epochs from it", unreadable);
                if (s != null) {
                    splits.add(s);
                }
            }
        }
        List<QualityRun> quality = readQuality(dir.resolve("quality"), missing, unreadable);
        missing.addAll(unreadable);
        if (jmh == null && quality.isEmpty()) {
            throw new ReportException(dir + ": neither jmh.json nor finished quality results: nothing to report"
                    + (unreadable.isEmpty() ? "" : " (" + String.join("; ", unreadable) + ")"));
        }
        return new SuiteResults(dir, run, jmh, jmhJson, List.copyOf(histograms), List.copyOf(splits), quality,
                List.copyOf(missing));
    }

    /** {@code read}'s value, or null with the file's error and {@code consequence} added to {@code unreadable}. */
    private static <T> T readOrLeaveOut(Supplier<T> read, String consequence, List<String> unreadable) {
        try {
            return read.get();
        } catch (ReportException e) {
            unreadable.add(e.getMessage() + " — left out (" + consequence + ")");
            return null;
        }
    }

    private static List<JmhResult> readJmh(JsonNode json, Path file) {
        if (!json.isArray()) {
            throw new ReportException(file + ": not a JMH result array (got a JSON "
                    + json.getNodeType().toString().toLowerCase(Locale.ROOT) + ")");
        }
        if (json.isEmpty()) {
            throw new ReportException(file + ": empty JMH result [] (a benchmark fork could not start)");
        }
        List<JmhResult> results = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            results.add(JmhResult.parse(json.get(i), file.toString(), i));
        }
        return List.copyOf(results);
    }

    /** The finished quality runs, one per cell: of two runs of a cell, the later folder (by name) is kept. */
    private static List<QualityRun> readQuality(Path root, List<String> missing, List<String> unreadable) {
        if (!Files.isDirectory(root)) {
            missing.add("quality/: no quality results (no convergence, test metrics or cost)");
            return List.of();
        }
        Map<Cell, QualityRun> byCell = new LinkedHashMap<>();
        for (Path dir : list(root, true)) {
            String name = dir.getFileName().toString();
            if (!Files.isRegularFile(dir.resolve("summary.json"))) {
                missing.add("quality/" + name + "/summary.json: missing (" + RunFailure.of(dir)
                        .map(f -> "the cell's training failed in " + f.phase() + ": " + f.message())
                        .orElse("the cell's training did not finish") + ")");
                continue;
            }
            QualityRun run = readOrLeaveOut(() -> QualityRun.read(dir), "quality/" + name + " not reported", unreadable);
            if (run == null) {
                continue;
            }
            if (run.batchSize() == null) {
                missing.add("quality/" + name + "/config.yaml: missing (batch size, hence samples/s, unknown for "
                        + run.cell().id() + ")");
            }
            QualityRun earlier = byCell.put(run.cell(), run);
            if (earlier != null) {
                missing.add("quality/" + earlier.folder() + ": superseded by quality/" + name + " (both are "
                        + run.cell().id() + "); not reported");
            }
        }
        return List.copyOf(byCell.values());
    }

    /**
     * The entries of {@code dir} that are folders ({@code folders}) or files, sorted by name; none if
     * absent. Hidden entries (lock files, temporary files of an interrupted write) are not results.
     */
    private static List<Path> list(Path dir, boolean folders) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> folders ? Files.isDirectory(p) : Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new ReportException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }
}
