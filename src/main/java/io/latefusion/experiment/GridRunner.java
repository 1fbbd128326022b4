package io.latefusion.experiment;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the cells of an experiment grid one after another, each an experiment run in
 * {@code <grid>/cells/<cell>/}. A cell whose {@code summary.json} exists is done and is read back,
 * not run again, so a grid interrupted at any point resumes where it stopped; an unfinished cell's
 * folder (interrupted, or failed: a {@link RunFailure} and no summary) is moved aside (never deleted)
 * and the cell runs again. A cell that fails stops the grid, which then holds a {@link RunFailure}
 * naming the cell (whether or not the cell's folder exists yet). Cells share pre-trained encoders.
 */
public final class GridRunner {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path folder;
    private final PrintStream progress;

    /** A runner writing into {@code folder} (new, or an interrupted grid's folder to resume). */
    public GridRunner(Path folder, PrintStream progress) {
        this.folder = folder;
        this.progress = progress;
    }

    /** One cell's outcome: its axis values and its experiment summary. */
    public record CellResult(String name, Map<String, String> values, ExperimentSummary summary, boolean resumed) {
    }

    /** Runs (or reads back) every cell; the first is the baseline of comparisons. */
    public List<CellResult> run(List<GridCell> cells) {
        Path cellsDir = folder.resolve("cells");
        ExperimentRunner runner = new ExperimentRunner(cellsDir, progress);
        List<CellResult> results = new ArrayList<>();
        writeState(cells, results);
        for (int i = 0; i < cells.size(); i++) {
            GridCell cell = cells.get(i);
            Path dir = cellsDir.resolve(cell.name());
            Path summary = dir.resolve("summary.json");
            if (Files.isRegularFile(summary)) {
                progress.printf("%n== grid cell %d/%d: %s — done before, read back ==%n", i + 1, cells.size(), cell.name());
                results.add(new CellResult(cell.name(), cell.values(), read(summary), true));
                continue;
            }
            if (Files.exists(dir)) {
                RunFailure.of(dir).ifPresent(failure -> progress.printf("cell %s failed before, in %s: %s%n",
                        cell.name(), failure.phase(), failure.message()));
                moveAside(dir);
            }
            progress.printf("%n== grid cell %d/%d: %s ==%n", i + 1, cells.size(), cell.name());
            ExperimentSummary done;
            try {
                done = runner.run(cell.config(), cell.name());
            } catch (RuntimeException e) {
                RunFailure.record(folder, "grid cell " + cell.name(), e);
                throw e;
            }
            results.add(new CellResult(cell.name(), cell.values(), done, false));
            writeState(cells, results);
        }
        deleteFailure();
        return results;
    }

    /** Removes the grid's own {@code failed.json} of an earlier attempt, once every cell is done. */
    private void deleteFailure() {
        try {
            Files.deleteIfExists(folder.resolve(RunFailure.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + folder.resolve(RunFailure.FILE) + ": " + e, e);
        }
    }

    /**
     * {@code grid.json}: every planned cell with its axis values, and those done — written before the
     * first cell runs and after each, so a report on an interrupted grid knows what is missing.
     */
    private void writeState(List<GridCell> cells, List<CellResult> done) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("cells", cells.stream().map(GridCell::name).toList());
        state.put("done", done.stream().map(CellResult::name).toList());
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        cells.forEach(c -> values.put(c.name(), c.values()));
        state.put("values", values);
        AtomicFiles.writeJson(folder.resolve("grid.json"), state);
    }

    private static ExperimentSummary read(Path summary) {
        try {
            return Mappers.json().readValue(summary.toFile(), ExperimentSummary.class);
        } catch (IOException e) {
            throw new ConfigException(summary + ": unreadable cell summary (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); move the cell folder away to run it again", e);
        }
    }

    private void moveAside(Path dir) {
        Path aside = dir.resolveSibling(dir.getFileName() + ".interrupted-" + LocalDateTime.now().format(STAMP));
        try {
            Files.move(dir, aside);
            progress.printf("unfinished cell moved aside to %s%n", aside);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the unfinished cell " + dir + " aside: " + e, e);
        }
    }
}
