package io.latefusion.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.latefusion.experiment.Cell;
import io.latefusion.experiment.PreparedCell;
import io.latefusion.model.ParameterCounts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code bench/pytorch_parity.py} (the copy bundled as a resource) with tiny
 * settings where an interpreter with torch exists, and checks that each of its models has exactly
 * our model's parameter count and batch size: the two sides time the same model.
 */
class PyTorchParityScriptTest {

    /** Small splits: the data's size changes no parameter count, only how long generating it takes. */
    private static final List<String> SMALL_DATA = List.of("data.synthetic.train=64", "data.synthetic.validation=32",
            "data.synthetic.test=32");

    @TempDir
    Path dir;

    @Test
    void everyModelOfTheScriptHasOurParameterCount() {
        PyTorchSide pytorch = PyTorchSide.locate(null, dir);
        assumeTrue(pytorch.python().isPresent(), "no python3 with torch here");
        List<Cell> cells = pytorch.knownCells(dir).stream().map(Cell::parse).toList();
        assertThat(cells).extracting(Cell::id).contains("avmnist-none-concat-quick", "avmnist-none-concat-study",
                "mmimdb-none-gmu_scalar-quick", "mosi-none-concat-quick");

        PyTorchOutcome.Measured measured = (PyTorchOutcome.Measured) pytorch.measure(cells,
                new ParitySettings(1, 1, 0, 1, 1), dir);

        for (Cell cell : cells) {
            try (PreparedCell prepared = PreparedCell.prepare(cell, dir.resolve("cache"), SMALL_DATA)) {
                StepThroughput theirs = measured.cells().get(cell.id());
                assertThat(theirs.parameters()).as(cell.id())
                        .isEqualTo(ParameterCounts.parameterCount(prepared.session().block()));
                assertThat(theirs.batch()).as(cell.id()).isEqualTo(prepared.config().train().batchSize());
                assertThat(theirs.forks()).hasSize(1);
                assertThat(theirs.forks().get(0)).hasSize(1);
                assertThat(theirs.forks().get(0)[0]).isPositive();
            }
        }
    }
}
