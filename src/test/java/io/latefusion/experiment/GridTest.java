package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.cli.Main;
import io.latefusion.testing.Fixtures;
import io.latefusion.testing.ResultFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridTest {

    private static final String GRID = """
            name: tiny-grid
            grid:
              pretrain: [none, A]
              model.missing: [zero_embedding, zero_input]
            """;

    @Test
    void listsExpandToTheirCrossProductAndAListOfMapsToTheUnion(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("grid.yaml"), GRID);
        List<GridCell> cells = ConfigLoader.loadGrid(config, List.of("train.epochs=3"));
        assertThat(cells).extracting(GridCell::name).containsExactly(
                "pretrain-none_missing-zero_embedding", "pretrain-none_missing-zero_input",
                "pretrain-A_missing-zero_embedding", "pretrain-A_missing-zero_input");
        GridCell last = cells.get(3);
        assertThat(last.config().variants()).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("A");
            assertThat(v.pretrainedEncoders()).containsOnlyKeys(io.latefusion.data.Modality.AUDIO);
        });
        assertThat(last.config().model().missing()).isEqualTo(io.latefusion.model.MissingRepresentation.ZERO_INPUT);
        assertThat(last.config().train().epochs()).isEqualTo(3);

        Path union = Files.writeString(dir.resolve("union.yaml"), """
                grid:
                  - {train.learning_rate: [0.001, 0.002]}
                  - {train.learning_rate: [0.001], train.batch_size: [32]}
                """);
        assertThat(ConfigLoader.loadGrid(union, List.of())).extracting(GridCell::name).containsExactly(
                "learning_rate-0.001", "learning_rate-0.002", "learning_rate-0.001_batch_size-32");
        // a plain config is one unnamed cell; a grid cannot be read as one config
        assertThat(ConfigLoader.loadGrid(Path.of("configs/avmnist-quick.yaml"), List.of())).singleElement()
                .satisfies(c -> assertThat(c.name()).isEmpty());
        assertThatThrownBy(() -> ConfigLoader.load(config, List.of())).hasMessageContaining("grid");
    }

    @Test
    void badGridsAreRefusedBeforeTraining(@TempDir Path dir) throws Exception {
        Path notList = Files.writeString(dir.resolve("a.yaml"), "grid: {pretrain: none}\n");
        assertThatThrownBy(() -> ConfigLoader.loadGrid(notList, List.of())).hasMessageContaining("grid.pretrain")
                .hasMessageContaining("list");
        Path badMask = Files.writeString(dir.resolve("b.yaml"), "grid: {pretrain: [none, T]}\n");
        assertThatThrownBy(() -> ConfigLoader.loadGrid(badMask, List.of())).hasMessageContaining("grid.pretrain")
                .hasMessageContaining("'T'");
        Path badKey = Files.writeString(dir.resolve("c.yaml"), "grid: {train.epoch: [1, 2]}\n");
        assertThatThrownBy(() -> ConfigLoader.loadGrid(badKey, List.of())).hasMessageContaining("train.epoch");
    }

    @Test
    void aGridRunsEveryCellAndResumesAfterOneIsLost(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("grid.yaml"), GRID);
        Path out = dir.resolve("results");
        List<String> args = new ArrayList<>(List.of("experiment", config.toString(), "--out", out.toString()));
        Fixtures.TINY_CELL.forEach(s -> args.addAll(List.of("--set", s)));
        assertThat(Main.execute(args.toArray(String[]::new))).isZero();

        Path grid;
        grid = ResultFiles.folders(out).get(0);
        assertThat(grid.resolve("grid.md")).content().contains("pretrain-A_missing-zero_input").contains("f1_macro");
        List<Path> cells = cellSummaries(grid);
        assertThat(cells).hasSize(4);

        // lose one finished cell; the grid resumes and runs only that one again
        Path lost = grid.resolve("cells/pretrain-none_missing-zero_input");
        try (Stream<Path> walk = Files.walk(lost)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        PrintStream stdout = System.out;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        args.addAll(List.of("--resume", grid.toString()));
        try {
            System.setOut(new PrintStream(log, true));
            assertThat(Main.execute(args.toArray(String[]::new))).isZero();
        } finally {
            System.setOut(stdout);
        }
        assertThat(log.toString().split("done before, read back", -1)).hasSize(4);
        assertThat(log.toString()).contains("grid cell 2/4: pretrain-none_missing-zero_input ==");
        assertThat(cellSummaries(grid)).hasSize(4);
    }

    private static List<Path> cellSummaries(Path grid) throws Exception {
        try (Stream<Path> s = Files.list(grid.resolve("cells"))) {
            return s.map(c -> c.resolve("summary.json")).filter(Files::isRegularFile).toList();
        }
    }
}
