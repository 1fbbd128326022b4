package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Mappers;
import io.latefusion.experiment.RunFailure;
import io.latefusion.testing.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime corpus through the real command line: a loss that becomes NaN (a learning rate of 1e30
 * overflows the weights at the first steps) ends the run with exit 2 and one line naming the run,
 * epoch and batch; its folder is marked failed, never complete; a resumed grid runs the failed cell
 * again and the research report lists it as failed.
 */
class RunFailureCorpusTest {

    private static final String DIVERGES = "train.learning_rate=1e30";
    private static final String SCRATCH_ONLY = "variants=[{name: scratch}]";

    @TempDir
    Path dir;

    @Test
    void aNanLossMarksTheRunFailedWithWhereItHappened() throws Exception {
        Path out = dir.resolve("results");
        String line = CliRun.of(CliRun.experiment(out, "configs/avmnist-quick.yaml", "--set", DIVERGES,
                "--set", SCRATCH_ONLY)).assertBadInput("Loss became", "in run 'scratch' at epoch 1, batch ",
                "try a lower learning_rate");
        assertThat(line).containsPattern("Loss became (NaN|-?Infinity)");
        List<Path> runs = ResultFiles.folders(out);
        assertThat(runs).hasSize(1);
        Path run = runs.get(0);
        assertThat(run.resolve("summary.json")).doesNotExist();
        JsonNode failed = Mappers.json().readTree(run.resolve(RunFailure.FILE).toFile());
        assertThat("error: " + failed.get("message").asText()).isEqualTo(line);
        assertThat(failed.get("phase").asText()).isEqualTo("training variant scratch");
        assertThat(failed.get("error").asText()).isEqualTo("TrainingDivergedException");
        assertThat(Instant.parse(failed.get("time").asText())).isBefore(Instant.now());
        assertThat(run.getParent().resolve("." + RunFailure.FILE)).doesNotExist();

        CliRun.of("report", run.toString()).assertBadInput(run.toString(), "no finished run records",
                "the run failed in training variant scratch: Loss became");
    }

    @Test
    void aResumedGridRunsTheFailedCellAgainAndTheReportListsItAsFailed() throws Exception {
        Path config = Files.writeString(dir.resolve("grid.yaml"), "name: diverging\ngrid:\n"
                + "  train.learning_rate: [0.002, 1.0e30]\nvariants:\n  - name: scratch\n");
        Path out = dir.resolve("results");
        CliRun.of(CliRun.experiment(out, config.toString())).assertBadInput("in run 'scratch' at epoch 1");
        Path grid = ResultFiles.folders(out).get(0);
        Path done = grid.resolve("cells/learning_rate-0.002");
        Path failed = grid.resolve("cells/learning_rate-1.0E30");
        assertThat(done.resolve("summary.json")).isRegularFile();
        assertThat(failed.resolve("summary.json")).doesNotExist();
        assertThat(failed.resolve(RunFailure.FILE)).isRegularFile();
        assertThat(grid.resolve("grid.md")).doesNotExist();
        assertThat(Mappers.json().readTree(grid.resolve(RunFailure.FILE).toFile()).get("phase").asText())
                .isEqualTo("grid cell learning_rate-1.0E30");

        CliRun report = CliRun.of("report", grid.toString());
        assertThat(report.code()).as(report.stderr()).isZero();
        assertThat(grid.resolve("report.md")).content()
                .contains("`learning_rate-1.0E30/scratch`: failed in training variant scratch: Loss became");

        // the cause fixed, the resumed grid reads the finished cell back and runs the failed one again
        CliRun resumed = CliRun.of(CliRun.experiment(out, config.toString(), "--resume", grid.toString(),
                "--set", "train.learning_rate=0.002"));
        assertThat(resumed.code()).as(resumed.stderr()).isZero();
        assertThat(resumed.stdout()).contains("learning_rate-0.002 — done before, read back")
                .contains("cell learning_rate-1.0E30 failed before, in training variant scratch: Loss became")
                .contains("unfinished cell moved aside to");
        assertThat(failed.resolve("summary.json")).isRegularFile();
        assertThat(failed.resolve(RunFailure.FILE)).doesNotExist();
        assertThat(ResultFiles.folders(grid.resolve("cells")).stream().map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.startsWith("learning_rate-1.0E30.interrupted-"));
        assertThat(grid.resolve("report.md")).content().doesNotContain("failed in");
        assertThat(grid.resolve(RunFailure.FILE)).doesNotExist();
    }

    @Test
    void aGridWhoseDataCannotLoadIsMarkedFailedBeforeAnyCellFolderExists() throws Exception {
        Path config = Files.writeString(dir.resolve("grid.yaml"), "name: nodata\ngrid:\n  pretrain: [none, all]\n");
        Path out = dir.resolve("results");
        CliRun.of(CliRun.experiment(out, config.toString(), "--set", "data.layout=thesis",
                "--set", "data.path=" + dir.resolve("absent"))).assertBadInput("absent is not a folder");
        Path grid = ResultFiles.folders(out).get(0);
        // cells/ holds at most the hidden .locks/ folder of the cell locks: no cell folder was made
        if (Files.isDirectory(grid.resolve("cells"))) {
            try (var entries = Files.list(grid.resolve("cells"))) {
                assertThat(entries.map(p -> p.getFileName().toString())).allMatch(name -> name.startsWith("."));
            }
        }
        assertThat(grid.resolve("grid.md")).doesNotExist();
        JsonNode failed = Mappers.json().readTree(grid.resolve(RunFailure.FILE).toFile());
        assertThat(failed.get("phase").asText()).isEqualTo("grid cell pretrain-none");
        assertThat(failed.get("error").asText()).isEqualTo("DataException");
    }
}
