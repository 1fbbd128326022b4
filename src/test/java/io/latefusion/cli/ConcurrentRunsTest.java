package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.testing.ChildJvm;
import io.latefusion.testing.Fixtures;
import io.latefusion.testing.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes started at once on one results folder: each encoder cache key is pre-trained once
 * (the other process waits and reuses it), no grid cell runs twice, and no file is torn.
 */
class ConcurrentRunsTest {

    private static final String AUDIO = "variants=[{name: audio, pretrained_encoders: {audio: auto}}]";

    private static List<String> args(String config, String... extra) {
        List<String> args = new ArrayList<>(List.of("experiment", config, "--set", AUDIO));
        Fixtures.TINY_CELL.forEach(s -> args.addAll(List.of("--set", s)));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void twoRunsOnOneResultsFolderPretrainEachEncoderOnce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results");
        List<String> run = args("configs/avmnist-quick.yaml", "--out", out.toString());
        String log = together(dir, run, run);

        assertThat(count(log, "[pretrain audio] saved")).as(log).isEqualTo(1);
        assertThat(count(log, "[pretrain audio] reused")).as(log).isEqualTo(1);
        assertThat(files(out, ".params")).hasSize(1);
        try (Stream<Path> runs = Files.list(out)) {
            assertThat(runs.filter(Files::isDirectory).filter(r -> Files.isRegularFile(r.resolve("summary.json"))))
                    .hasSize(2);
        }
        assertThat(ResultFiles.unparsable(out)).isEmpty();
    }

    @Test
    void twoResumesOfOneGridRunEveryCellOnce(@TempDir Path dir) throws Exception {
        // two cells with the same encoder key: whichever process pre-trains it, the other reuses it
        Path config = Files.writeString(dir.resolve("grid.yaml"), "name: locks\ngrid: {pooling: [concat, sum, max]}\n");
        Path grid = Files.createDirectories(dir.resolve("grid").resolve("cells")).getParent();
        List<String> resume = args(config.toString(), "--resume", grid.toString());
        String log = together(dir, resume, resume);

        for (String cell : List.of("pooling-concat", "pooling-sum", "pooling-max")) {
            assertThat(count(log, ": " + cell + " ==")).as(log).isEqualTo(1);
            assertThat(count(log, ": " + cell + " — done before, read back")).as(log).isEqualTo(1);
            assertThat(grid.resolve("cells").resolve(cell).resolve("summary.json")).isRegularFile();
        }
        assertThat(count(log, "[pretrain audio] saved")).as(log).isEqualTo(1);
        assertThat(count(log, "[pretrain audio] reused")).as(log).isEqualTo(2);
        assertThat(files(grid, ".params")).hasSize(1);
        try (Stream<Path> cells = Files.list(grid.resolve("cells"))) {
            assertThat(cells.map(c -> c.getFileName().toString())).noneMatch(name -> name.contains(".interrupted-"));
        }
        assertThat(ResultFiles.unparsable(grid)).isEmpty();
        assertThat(grid.resolve("report.md")).content().contains("3 run records in 3 arms");
    }

    /** Starts both command lines at once, waits for both to succeed, and returns their logs joined. */
    private static String together(Path dir, List<String> a, List<String> b) throws Exception {
        ChildJvm first = ChildJvm.start(dir.resolve("a.log"), List.of(), a);
        ChildJvm second = ChildJvm.start(dir.resolve("b.log"), List.of(), b);
        assertThat(first.exitCode()).as(first.log()).isZero();
        assertThat(second.exitCode()).as(second.log()).isZero();
        return first.log() + "\n" + second.log();
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<Path> files(Path root, String suffix) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }
}
