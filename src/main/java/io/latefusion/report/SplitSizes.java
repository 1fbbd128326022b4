package io.latefusion.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.latefusion.experiment.AtomicFiles;
import io.latefusion.experiment.Cell;
import java.nio.file.Path;

/**
 * The sizes a benchmark fork's cell trained with, written by the fork into the suite's
 * {@code splits/} folder ({@code splits/<cell id>.json}): the rows of each split and the training
 * batch size. What turns an epoch's seconds into samples per second, and what the per-sample
 * comparison of {@code trainEpoch} with {@code trainStep} divides by — on synthetic or real data.
 */
public record SplitSizes(String cell, String data, int trainRows, int validationRows, int testRows, int batchSize) {

    /** The file of {@code cell} in a {@code splits/} folder. */
    public static Path file(Path dir, Cell cell) {
        return dir.resolve(cell.id() + ".json");
    }

    /** Writes this record into {@code dir} (forks of one cell write the same record). */
    public void write(Path dir, Cell cell) {
        AtomicFiles.writeJson(file(dir, cell), this);
    }

    /** The cell these sizes are of. */
    @JsonIgnore
    Cell gridCell(String where) {
        return CellParams.fromId(cell, where);
    }

    static SplitSizes read(Path file) {
        SplitSizes sizes = JsonFiles.read(file, SplitSizes.class, "split sizes");
        if (sizes.cell == null || sizes.trainRows < 1 || sizes.batchSize < 1) {
            throw new ReportException(file + ": split sizes need a cell, train_rows ≥ 1 and batch_size ≥ 1");
        }
        sizes.gridCell(file.toString());
        return sizes;
    }
}
