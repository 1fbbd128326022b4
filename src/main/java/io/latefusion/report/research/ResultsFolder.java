package io.latefusion.report.research;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Mappers;
import io.latefusion.experiment.RunFailure;
import io.latefusion.experiment.Seeds;
import io.latefusion.experiment.VariantResult;
import io.latefusion.report.JsonFiles;
import io.latefusion.report.ReportException;
import io.latefusion.train.EpochRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The saved records of an experiment folder ({@code summary.json}, {@code config.yaml},
 * {@code variants/}) or a grid / seeded folder ({@code grid.json}, {@code cells/<cell>/}): every
 * finished run, every planned run without a usable record (a cell without {@code config.yaml}, a
 * variant whose {@code result.json} is missing or unreadable) with its failure when its folder holds a
 * {@code failed.json}, and in words each file left out — unreadable, or missing beside a finished record
 * ({@code epoch_metrics.json}, the {@code summary.json} of a cell that did not finish) — with what the
 * report lacks for it.
 */
record ResultsFolder(Path dir, List<RunRecord> runs, List<MissingRun> missing, List<String> leftOut) {

    /** Whether {@code dir} is an experiment (finished or failed), grid or seeded results folder (not a benchmark suite run). */
    static boolean holdsExperiments(Path dir) {
        return Files.isDirectory(dir.resolve("cells"))
                || (Files.isRegularFile(dir.resolve("config.yaml")) && (Files.isDirectory(dir.resolve("variants"))
                        || Files.isRegularFile(dir.resolve(RunFailure.FILE))));
    }

    static ResultsFolder read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ReportException(dir + ": no such results folder");
        }
        Records records = new Records(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (Files.isDirectory(dir.resolve("cells"))) {
            for (Map.Entry<String, Map<String, String>> cell : plannedCells(dir, records.leftOut()).entrySet()) {
                readCell(dir.resolve("cells").resolve(cell.getKey()), cell.getKey(), cell.getValue(), records);
            }
        } else if (holdsExperiments(dir)) {
            readCell(dir, "", Map.of(), records);
        } else {
            throw new ReportException(dir + ": not an experiment or grid results folder (expected config.yaml and"
                    + " variants/, or cells/)");
        }
        if (records.runs().isEmpty()) {
            throw new ReportException(dir + ": no finished run records (no summary.json or result.json) to report on"
                    + records.missing().stream().filter(m -> m.failure() != null).findFirst()
                            .map(m -> "; " + (m.cell().isEmpty() ? "the run" : "cell " + m.cell()) + " failed in "
                                    + m.failure())
                            .orElse("")
                    + (records.leftOut().isEmpty() ? "" : " (" + String.join("; ", records.leftOut()) + ")"));
        }
        return new ResultsFolder(dir, List.copyOf(records.runs()), List.copyOf(records.missing()),
                List.copyOf(records.leftOut()));
    }

    /** What reading collects. */
    private record Records(List<RunRecord> runs, List<MissingRun> missing, List<String> leftOut) {
    }

    /**
     * Cell folder → axis values: from grid.json when it lists them, else (grid.json missing or
     * unreadable) every folder under cells/, with no axis values.
     */
    private static Map<String, Map<String, String>> plannedCells(Path dir, List<String> leftOut) {
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        Path state = dir.resolve("grid.json");
        JsonNode node = null;
        if (Files.isRegularFile(state)) {
            try {
                node = JsonFiles.readTree(state);
            } catch (ReportException e) {
                leftOut.add(e.getMessage() + " — left out (cells taken from the folders under cells/; their axis"
                        + " values and planned cells not yet started are unknown)");
            }
        }
        if (node != null) {
            for (JsonNode name : node.path("cells")) {
                Map<String, String> values = new LinkedHashMap<>();
                node.path("values").path(name.asText()).properties()
                        .forEach(f -> values.put(f.getKey(), f.getValue().asText()));
                cells.put(name.asText(), values);
            }
        }
        if (cells.isEmpty()) {
            try (Stream<Path> list = Files.list(dir.resolve("cells"))) {
                list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                        .filter(name -> !name.contains(".interrupted-") && !name.startsWith(".")).sorted()
                        .forEach(name -> cells.put(name, Map.of()));
            } catch (IOException e) {
                throw new ReportException(dir.resolve("cells") + ": cannot list: " + e.getMessage(), e);
            }
        }
        return cells;
    }

    private static void readCell(Path folder, String cell, Map<String, String> values, Records records) {
        Map<String, String> axes = new LinkedHashMap<>(values);
        String seedValue = axes.remove(Seeds.AXIS);
        String group = cell.replaceFirst("(^|_)seed-[^_]+$", "");
        Long plannedSeed = seedValue == null ? null : Long.valueOf(seedValue);
        String failure = RunFailure.of(folder).map(f -> f.phase() + ": " + f.message()).orElse(null);
        Path configFile = folder.resolve("config.yaml");
        if (!Files.isRegularFile(configFile)) {
            records.missing().add(new MissingRun(cell, group, null, plannedSeed, failure));
            return;
        }
        JsonNode config;
        try {
            config = yaml(configFile);
        } catch (ReportException e) {
            records.leftOut().add(e.getMessage() + " — left out (the whole run)");
            records.missing().add(new MissingRun(cell, group, null, plannedSeed, failure));
            return;
        }
        if (!Files.isRegularFile(folder.resolve("summary.json"))) {
            records.leftOut().add(folder.resolve("summary.json") + ": missing — the run did not finish; its finished"
                    + " variants are reported");
        }
        for (JsonNode variant : config.path("variants")) {
            String name = variant.path("name").asText();
            Path vdir = folder.resolve("variants").resolve(name);
            Path result = vdir.resolve("result.json");
            if (!Files.isRegularFile(result)) {
                records.missing().add(new MissingRun(cell, group, name, plannedSeed, failure));
                continue;
            }
            VariantResult vr;
            try {
                vr = JsonFiles.read(result, VariantResult.class, "a variant result");
            } catch (ReportException e) {
                records.leftOut().add(e.getMessage() + " — left out (the run counts as missing)");
                records.missing().add(new MissingRun(cell, group, name, plannedSeed, failure));
                continue;
            }
            records.runs().add(new RunRecord(group, axes, vr.seed(), vr, epochs(vdir.resolve("epoch_metrics.json"),
                    records.leftOut()), config));
        }
    }

    /** The run's epoch records, or none (and a note) when the file is missing or unreadable. */
    private static List<EpochRecord> epochs(Path file, List<String> leftOut) {
        String lacking = " — left out (the run's curves and last-epoch stability)";
        if (!Files.isRegularFile(file)) {
            leftOut.add(file + ": missing" + lacking);
            return List.of();
        }
        try {
            return List.of(JsonFiles.read(file, EpochRecord[].class, "epoch records"));
        } catch (ReportException e) {
            leftOut.add(e.getMessage() + lacking);
            return List.of();
        }
    }

    private static JsonNode yaml(Path file) {
        try {
            return Mappers.yaml().readTree(file.toFile());
        } catch (IOException e) {
            throw new ReportException(file + ": not a readable config (" + e.getMessage().lines().findFirst().orElse("")
                    + ")", e);
        }
    }
}
