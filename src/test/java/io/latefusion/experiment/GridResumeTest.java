package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.cli.Main;
import io.latefusion.testing.Fixtures;
import io.latefusion.testing.ResultFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --resume} over what a crash (or a damaged disk) leaves in a grid folder besides unfinished cells. */
class GridResumeTest {

    @Test
    void resumeRunsAgainACellWithAnUnreadableSummaryAndIgnoresLeftovers(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results");
        List<String> args = new ArrayList<>(List.of("experiment", "configs/avmnist-quick.yaml", "--seeds", "2",
                "--out", out.toString(), "--set", "variants=[{name: scratch}]"));
        Fixtures.TINY_CELL.forEach(s -> args.addAll(List.of("--set", s)));
        assertThat(Main.execute(args.toArray(String[]::new))).isZero();
        Path grid;
        grid = ResultFiles.folders(out).get(0);
        String kept = Files.readString(grid.resolve("cells/seed-42/summary.json"));
        Files.writeString(grid.resolve("cells/seed-43/summary.json"), "{\"run_id\": \"seed-4");
        Files.writeString(grid.resolve(".report.md123.tmp"), "# half a rep");
        Files.writeString(grid.resolve("cells/seed-42/.summary.json456.tmp"), "{\"run");

        args.addAll(List.of("--resume", grid.toString()));
        String log = stdout(() -> assertThat(Main.execute(args.toArray(String[]::new))).isZero());

        assertThat(log).contains("seed-42 — done before, read back")
                .contains("seed-43/summary.json: unreadable cell summary")
                .contains("unfinished cell moved aside").contains("== grid cell 2/2: seed-43 ==");
        assertThat(grid.resolve("cells/seed-42/summary.json")).hasContent(kept);
        assertThat(ResultFiles.unparsable(grid)).singleElement().asString().contains("seed-43.interrupted-");
        assertThat(grid.resolve("report.md")).content().contains("2 run records").doesNotContain("Completeness");
    }

    private static String stdout(Runnable action) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(log, true));
            action.run();
        } finally {
            System.setOut(stdout);
        }
        return log.toString();
    }
}
