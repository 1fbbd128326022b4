package io.latefusion.experiment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the cells of an experiment grid one after another, each an experiment run in
 * {@code <grid>/cells/<cell>/}. A cell whose {@code summary.json} exists is done and is read back,
 * not run again, so a grid interrupted at any point resumes where it stopped; an unfinished cell's
 * folder (no {@code summary.json}, or an unreadable one; interrupted, or failed with a
 * {@link RunFailure}) is moved aside (never deleted) and the cell runs again. A cell that fails stops
 * the grid, which then holds a {@link RunFailure} naming the cell. Cells share pre-trained encoders. What else a crash leaves — temporary
 * {@code .*.tmp} files of {@link AtomicFiles}, lock files, an old {@code grid.json} — is ignored
 * or rewritten.
 *
 * <p>Several processes may run one grid folder at once (two {@code --resume} of it, or shards on
 * shared storage): each cell runs under its lock ({@code cells/.locks/cell-<cell>.lock}, see
 * {@link Locks}). A process takes the cells no other process holds, then waits for each cell held
 * elsewhere and reads it back once finished — or runs it, if its holder died first. No cell runs
 * twice, and every process ends with every cell's result.
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
        CellResult[] results = new CellResult[cells.size()];
        List<Integer> heldElsewhere = new ArrayList<>();
        writeState(cells);
        for (int i = 0; i < cells.size(); i++) {
            Optional<Locks.Held> lock = Locks.tryAcquire(lockFile(cells.get(i)));
            if (lock.isEmpty()) {
                progress.printf("%n== grid cell %d/%d: %s — held by another process (%s), taken up later ==%n", i + 1,
                        cells.size(), cells.get(i).name(), Locks.holder(lockFile(cells.get(i))));
                heldElsewhere.add(i);
                continue;
            }
            try (Locks.Held held = lock.get()) {
                results[i] = runOrReadBack(runner, cells, i);
            }
            writeState(cells);
        }
        for (int i : heldElsewhere) {
            progress.printf("waiting for grid cell %s (held by %s)%n", cells.get(i).name(),
                    Locks.holder(lockFile(cells.get(i))));
            try (Locks.Held held = Locks.acquire(lockFile(cells.get(i)))) {
                results[i] = runOrReadBack(runner, cells, i);
            }
            writeState(cells);
        }
        deleteFailure();
        return List.of(results);
    }

    /** Under the cell's lock: reads back a finished cell, else runs it afresh. */
    private CellResult runOrReadBack(ExperimentRunner runner, List<GridCell> cells, int i) {
        GridCell cell = cells.get(i);
        Path dir = folder.resolve("cells").resolve(cell.name());
        Path summary = dir.resolve("summary.json");
        if (Files.isRegularFile(summary)) {
            Optional<ExperimentSummary> done = read(summary);
            if (done.isPresent()) {
                progress.printf("%n== grid cell %d/%d: %s — done before, read back ==%n", i + 1, cells.size(),
                        cell.name());
                return new CellResult(cell.name(), cell.values(), done.get(), true);
            }
        }
        if (Files.exists(dir)) {
            RunFailure.of(dir).ifPresent(failure -> progress.printf("cell %s failed before, in %s: %s%n",
                    cell.name(), failure.phase(), failure.message()));
            moveAside(dir);
        }
        progress.printf("%n== grid cell %d/%d: %s ==%n", i + 1, cells.size(), cell.name());
        try {
            return new CellResult(cell.name(), cell.values(), runner.run(cell.config(), cell.name()), false);
        } catch (RuntimeException e) {
            RunFailure.record(folder, "grid cell " + cell.name(), e);
            throw e;
        }
    }

    /** Removes the grid's own {@code failed.json} of an earlier attempt, once every cell is done. */
    private void deleteFailure() {
        try {
            Files.deleteIfExists(folder.resolve(RunFailure.FILE));
        } catch (IOException e) {
            throw OutputException.of(folder.resolve(RunFailure.FILE), e);
        }
    }

    private Path lockFile(GridCell cell) {
        return Locks.file(folder.resolve("cells"), "cell-" + cell.name());
    }

    /**
     * {@code grid.json}: every planned cell with its axis values, and those done (with a
     * {@code summary.json}, whichever process ran them) — written before the first cell runs and
     * after each, so a report on an interrupted grid knows what is missing.
     */
    private void writeState(List<GridCell> cells) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("cells", cells.stream().map(GridCell::name).toList());
        state.put("done", cells.stream().map(GridCell::name)
                .filter(name -> Files.isRegularFile(folder.resolve("cells").resolve(name).resolve("summary.json"))).toList());
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        cells.forEach(c -> values.put(c.name(), c.values()));
        state.put("values", values);
        AtomicFiles.writeJson(folder.resolve("grid.json"), state);
    }

    /** The cell's summary, or empty (said on the progress stream) when it is unreadable: the cell then runs again. */
    private Optional<ExperimentSummary> read(Path summary) {
        try {
            return Optional.of(Mappers.json().readValue(summary.toFile(), ExperimentSummary.class));
        } catch (IOException e) {
            progress.printf("%s: unreadable cell summary (%s); the cell runs again%n", summary,
                    e.getMessage().lines().findFirst().orElse(""));
            return Optional.empty();
        }
    }

    /** Moves {@code dir} to {@code <cell>.interrupted-<time>} ({@code -2}, {@code -3}, … when interrupted twice that second). */
    private void moveAside(Path dir) {
        String stamp = dir.getFileName() + ".interrupted-" + LocalDateTime.now().format(STAMP);
        Path aside = dir.resolveSibling(stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = dir.resolveSibling(stamp + "-" + n);
        }
        try {
            Files.move(dir, aside);
            progress.printf("unfinished cell moved aside to %s%n", aside);
        } catch (IOException e) {
            throw OutputException.of(aside, e);
        }
    }
}
