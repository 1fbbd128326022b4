package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.cli.Main;
import io.latefusion.testing.Fixtures;
import io.latefusion.testing.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedsTest {

    @Test
    void seedsListAndCountExpandEveryCell(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("s.yaml"), "seed: 7\nseeds: [5, 9]\ngrid: {pooling: [concat, sum]}\n");
        List<GridCell> cells = ConfigLoader.loadGrid(config, List.of());
        assertThat(cells).extracting(GridCell::name).containsExactly("pooling-concat_seed-5", "pooling-concat_seed-9",
                "pooling-sum_seed-5", "pooling-sum_seed-9");
        assertThat(cells).extracting(c -> c.config().seed()).containsExactly(5L, 9L, 5L, 9L);
        assertThat(cells.get(1).values()).containsEntry("pooling", "concat").containsEntry("seed", "9");
        // --seeds N replaces the list: seed, seed + 1, ...
        assertThat(ConfigLoader.loadGrid(config, List.of(), 3)).extracting(c -> c.config().seed())
                .containsExactly(7L, 8L, 9L, 7L, 8L, 9L);

        Path twice = Files.writeString(dir.resolve("t.yaml"), "seeds: [1, 1]\n");
        assertThatThrownBy(() -> ConfigLoader.loadGrid(twice, List.of())).hasMessageContaining("seeds: 1 listed twice");
        Path word = Files.writeString(dir.resolve("w.yaml"), "seeds: [1, x]\n");
        assertThatThrownBy(() -> ConfigLoader.loadGrid(word, List.of())).hasMessageContaining("'x' is not an integer");
        assertThatThrownBy(() -> ConfigLoader.load(config, List.of())).hasMessageContaining("run it as a grid");
    }

    @Test
    void twoSeedsGiveTwoRecordedRunsThatDoNotShareEncoders(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results");
        List<String> args = new ArrayList<>(List.of("experiment", "configs/avmnist-quick.yaml", "--seeds", "2",
                "--out", out.toString(), "--set", "variants=[{name: scratch}, {name: audio, pretrained_encoders: {audio: auto}}]"));
        Fixtures.TINY_CELL.forEach(s -> args.addAll(List.of("--set", s)));
        assertThat(Main.execute(args.toArray(String[]::new))).isZero();

        Path grid;
        grid = ResultFiles.folders(out).get(0);
        List<Long> seeds = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String cell : List.of("seed-42", "seed-43")) {
            Path run = grid.resolve("cells").resolve(cell);
            JsonNode summary = Mappers.json().readTree(run.resolve("summary.json").toFile());
            seeds.add(summary.get("seed").asLong());
            for (JsonNode v : summary.get("variants")) {
                assertThat(v.get("seed").asLong()).isEqualTo(summary.get("seed").asLong());
            }
            // each seed pre-trained its own encoder (the seed is part of the cache key), none was reused
            JsonNode sidecar = Mappers.json().readTree(run.resolve(
                    "pretrain/avmnist_AudioEncoder_Pretrain/models/encoder_audio_best.json").toFile());
            assertThat(sidecar.get("seed").asLong()).isEqualTo(summary.get("seed").asLong());
            keys.add(sidecar.get("key").asText());
        }
        assertThat(seeds).containsExactly(42L, 43L);
        assertThat(keys.get(0)).isNotEqualTo(keys.get(1));
        JsonNode state = Mappers.json().readTree(grid.resolve("grid.json").toFile());
        assertThat(state.at("/values/seed-43/seed").asText()).isEqualTo("43");
        // the experiment ends with the research report over both seeds
        assertThat(grid.resolve("report.html")).exists();
        assertThat(grid.resolve("report.md")).content().contains("| scratch | 2 |").contains("paired t");
    }
}
