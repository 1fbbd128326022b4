package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latefusion.experiment.AtomicFiles;
import io.latefusion.experiment.Mappers;
import io.latefusion.testing.ChildJvm;
import io.latefusion.testing.Fixtures;
import io.latefusion.testing.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a seeded grid at four moments — during pre-training, mid-epoch, while writing a
 * cell's summary and while writing the report — each followed by {@code --resume}: every finished
 * cell is kept, no JSON file is truncated, and the resumed grid ends with the cells and metrics of
 * an uninterrupted run.
 */
class KillAndResumeTest {

    private static final String VARIANTS = "variants=[{name: scratch}, {name: audio, pretrained_encoders: {audio: auto}}]";

    private static List<String> args(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("experiment", "configs/avmnist-quick.yaml", "--seeds", "2",
                "--out", out.toString(), "--set", VARIANTS));
        Fixtures.TINY_CELL.forEach(s -> args.addAll(List.of("--set", s)));
        args.addAll(List.of("--set", "pretrain.epochs=2"));
        args.addAll(List.of(extra));
        return args;
    }

    private static List<String> resume(Path out, Path grid) {
        return args(out, "--resume", grid.toString());
    }

    private static String halt(String target) {
        return "-D" + AtomicFiles.HALT_BEFORE_RENAME + "=" + target;
    }

    @Test
    void aGridKilledAtAnyMomentResumesToTheUninterruptedResult(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("killed");

        // 1. during pre-training of the first cell
        ChildJvm first = ChildJvm.start(dir.resolve("1.log"), List.of(), args(out));
        Path grid = Path.of(first.awaitLines("grid of 2 cells → ").replaceFirst(".*→ ", "").strip());
        first.awaitLines("[pretrain audio] epoch  1/2");
        first.kill();
        Map<String, String> kept = finishedCells(grid);
        // what a kill during pre-training may leave, at worst: a parameter file without its sidecar
        Path models = grid.resolve("cells/seed-42/pretrain/avmnist_AudioEncoder_Pretrain/models");
        Files.createDirectories(models);
        Files.write(models.resolve("encoder_audio_best.params"), new byte[]{1, 2, 3});

        // 2. mid-epoch of the second cell
        ChildJvm second = ChildJvm.start(dir.resolve("2.log"), List.of(), resume(out, grid));
        second.awaitLines("== grid cell 2/2: seed-43 ==", "[scratch] epoch  1/2");
        second.kill();
        assertThat(second.log()).contains("unfinished cell moved aside").contains("[pretrain audio] saved");
        kept = keptAndMore(kept, grid);
        assertThat(kept).containsOnlyKeys("seed-42");

        // 3. while writing the second cell's summary.json (after its temporary file, before the rename)
        ChildJvm third = ChildJvm.start(dir.resolve("3.log"), List.of(halt("seed-43/summary.json")), resume(out, grid));
        assertThat(third.exitCode()).isEqualTo(137);
        assertThat(third.log()).contains("seed-42 — done before, read back");
        assertThat(temporaryFiles(grid.resolve("cells/seed-43"))).isNotEmpty();
        kept = keptAndMore(kept, grid);
        assertThat(kept).containsOnlyKeys("seed-42");

        // 4. while writing the report
        ChildJvm fourth = ChildJvm.start(dir.resolve("4.log"), List.of(halt("report.md")), resume(out, grid));
        assertThat(fourth.exitCode()).isEqualTo(137);
        kept = keptAndMore(kept, grid);
        assertThat(kept).containsOnlyKeys("seed-42", "seed-43");
        assertThat(temporaryFiles(grid)).isNotEmpty();

        // the last resume finds every cell done and rebuilds the report
        ChildJvm last = ChildJvm.start(dir.resolve("5.log"), List.of(), resume(out, grid));
        assertThat(last.exitCode()).as(last.log()).isZero();
        assertThat(last.log().split("done before, read back", -1)).hasSize(3);
        keptAndMore(kept, grid);

        ChildJvm straight = ChildJvm.start(dir.resolve("straight.log"), List.of(), args(dir.resolve("straight")));
        assertThat(straight.exitCode()).as(straight.log()).isZero();
        Path reference;
        reference = ResultFiles.folders(dir.resolve("straight")).get(0);

        assertThat(ResultFiles.unparsable(grid)).isEmpty();
        assertThat(ResultFiles.unparsable(reference)).isEmpty();
        assertThat(metrics(grid)).isEqualTo(metrics(reference)).hasSize(4);
        assertThat(Mappers.json().readTree(grid.resolve("grid.json").toFile()).get("done"))
                .isEqualTo(Mappers.json().readTree(reference.resolve("grid.json").toFile()).get("done"));
        String report = Files.readString(grid.resolve("report.md"));
        assertThat(report).contains("4 run records in 2 arms").doesNotContain("Completeness");
        assertThat(scores(report)).isEqualTo(scores(Files.readString(reference.resolve("report.md")))).isNotEmpty();
    }

    /** The rows of the report's test-score tables without their two timing columns: arm, n and the metrics. */
    private static List<String> scores(String report) {
        List<String> rows = new ArrayList<>();
        boolean inScores = false;
        for (String line : report.lines().toList()) {
            if (line.startsWith("#")) {
                inScores = line.startsWith("### Test scores");
            } else if (inScores && line.startsWith("| ") && !line.startsWith("| arm")) {
                String[] cells = line.split(" \\| ");
                rows.add(String.join(" | ", List.of(cells).subList(0, cells.length - 2)));
            }
        }
        return rows;
    }

    /** Cell name → its summary.json, for every finished cell. */
    private static Map<String, String> finishedCells(Path grid) throws Exception {
        Map<String, String> done = new TreeMap<>();
        if (!Files.isDirectory(grid.resolve("cells"))) {
            return done;
        }
        try (Stream<Path> cells = Files.list(grid.resolve("cells"))) {
            for (Path cell : cells.filter(c -> Files.isRegularFile(c.resolve("summary.json"))).toList()) {
                done.put(cell.getFileName().toString(), Files.readString(cell.resolve("summary.json")));
            }
        }
        return done;
    }

    /** The finished cells now, after checking that every cell finished {@code before} is still there, unchanged. */
    private static Map<String, String> keptAndMore(Map<String, String> before, Path grid) throws Exception {
        Map<String, String> now = finishedCells(grid);
        assertThat(now).containsAllEntriesOf(before);
        assertThat(ResultFiles.unparsable(grid)).isEmpty();
        return now;
    }

    private static List<Path> temporaryFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("\\..*\\.tmp")).toList();
        }
    }

    /** Cell/variant → its result.json without timings, paths and whether the encoder was reused. */
    private static Map<String, JsonNode> metrics(Path grid) throws Exception {
        Map<String, JsonNode> metrics = new TreeMap<>();
        for (String cell : List.of("seed-42", "seed-43")) {
            for (String variant : List.of("scratch", "audio")) {
                JsonNode result = Mappers.json().readTree(grid.resolve("cells").resolve(cell).resolve("variants")
                        .resolve(variant).resolve("result.json").toFile());
                metrics.put(cell + "/" + variant, withoutTimings(result));
            }
        }
        return metrics;
    }

    private static JsonNode withoutTimings(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.equals("path") || name.equals("reused") || name.equals("cost") || name.contains("seconds")
                        || name.contains("time")) {
                    names.remove();
                } else {
                    withoutTimings(object.get(name));
                }
            }
        } else if (node.isArray()) {
            node.forEach(KillAndResumeTest::withoutTimings);
        }
        return node;
    }
}
