package io.latefusion.report;

import io.latefusion.experiment.Cell;
import io.latefusion.experiment.ConfigException;
import io.latefusion.experiment.ConfigLoader;
import io.latefusion.experiment.ExperimentSummary;
import io.latefusion.experiment.VariantResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One cell trained to convergence by the quality runner: its run folder's name, the cell, the
 * run's summary and its single variant's result, and the training batch size read from the
 * resolved {@code config.yaml} (null when that file is missing).
 */
public record QualityRun(String folder, Cell cell, ExperimentSummary summary, VariantResult result, Integer batchSize) {

    /** Reads the run folder {@code dir}, which must hold a {@code summary.json}. */
    static QualityRun read(Path dir) {
        Path file = dir.resolve("summary.json");
        ExperimentSummary summary = JsonFiles.read(file, ExperimentSummary.class, "an experiment summary");
        if (summary.variants() == null || summary.variants().size() != 1) {
            throw new ReportException(file + ": expected one variant (a grid cell), found "
                    + (summary.variants() == null ? 0 : summary.variants().size()));
        }
        VariantResult result = summary.variants().get(0);
        Cell cell = CellParams.fromId(result.variant(), file.toString());
        Path config = dir.resolve("config.yaml");
        Integer batchSize = null;
        if (Files.isRegularFile(config)) {
            try {
                batchSize = ConfigLoader.load(config, List.of()).train().batchSize();
            } catch (ConfigException e) {
                throw new ReportException(e.getMessage(), e);
            }
        }
        return new QualityRun(dir.getFileName().toString(), cell, summary, result, batchSize);
    }
}
