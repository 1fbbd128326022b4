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
 * finished run, and every planned run without a finished record (a cell whose {@code summary.json}
 * is missing, a variant without {@code result.json}), with its failure when its folder holds a
 * {@code failed.json}.
 */
record ResultsFolder(Path dir, List<RunRecord> runs, List<MissingRun> missing) {

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
        List<RunRecord> runs = new ArrayList<>();
        List<MissingRun> missing = new ArrayList<>();
        if (Files.isDirectory(dir.resolve("cells"))) {
            for (Map.Entry<String, Map<String, String>> cell : plannedCells(dir).entrySet()) {
                readCell(dir.resolve("cells").resolve(cell.getKey()), cell.getKey(), cell.getValue(), runs, missing);
            }
        } else if (holdsExperiments(dir)) {
            readCell(dir, "", Map.of(), runs, missing);
        } else {
            throw new ReportException(dir + ": not an experiment or grid results folder (expected config.yaml and"
                    + " variants/, or cells/)");
        }
        if (runs.isEmpty()) {
            throw new ReportException(dir + ": no finished run records (no summary.json or result.json) to report on"
                    + missing.stream().filter(m -> m.failure() != null).findFirst()
                            .map(m -> "; " + (m.cell().isEmpty() ? "the run" : "cell " + m.cell()) + " failed in "
                                    + m.failure())
                            .orElse(""));
        }
        return new ResultsFolder(dir, List.copyOf(runs), List.copyOf(missing));
    }

    /** Cell folder → axis values: from grid.json when it lists them, else every folder under cells/. */
    private static Map<String, Map<String, String>> plannedCells(Path dir) {
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        Path state = dir.resolve("grid.json");
        if (Files.isRegularFile(state)) {
            JsonNode node = JsonFiles.readTree(state);
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
                        .filter(name -> !name.contains(".interrupted-")).sorted()
                        .forEach(name -> cells.put(name, Map.of()));
            } catch (IOException e) {
                throw new ReportException(dir.resolve("cells") + ": cannot list: " + e.getMessage(), e);
            }
        }
        return cells;
    }

    private static void readCell(Path folder, String cell, Map<String, String> values, List<RunRecord> runs,
                                 List<MissingRun> missing) {
        Map<String, String> axes = new LinkedHashMap<>(values);
        String seedValue = axes.remove(Seeds.AXIS);
        String group = cell.replaceFirst("(^|_)seed-[^_]+$", "");
        Long plannedSeed = seedValue == null ? null : Long.valueOf(seedValue);
        String failure = RunFailure.of(folder).map(f -> f.phase() + ": " + f.message()).orElse(null);
        Path configFile = folder.resolve("config.yaml");
        if (!Files.isRegularFile(configFile)) {
            missing.add(new MissingRun(cell, group, null, plannedSeed, failure));
            return;
        }
        JsonNode config = yaml(configFile);
        for (JsonNode variant : config.path("variants")) {
            String name = variant.path("name").asText();
            Path vdir = folder.resolve("variants").resolve(name);
            Path result = vdir.resolve("result.json");
            if (!Files.isRegularFile(result)) {
                missing.add(new MissingRun(cell, group, name, plannedSeed, failure));
                continue;
            }
            VariantResult vr = JsonFiles.read(result, VariantResult.class, "a variant result");
            List<EpochRecord> epochs = Files.isRegularFile(vdir.resolve("epoch_metrics.json"))
                    ? List.of(JsonFiles.read(vdir.resolve("epoch_metrics.json"), EpochRecord[].class, "epoch records"))
                    : List.of();
            runs.add(new RunRecord(group, axes, vr.seed(), vr, epochs, config));
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
