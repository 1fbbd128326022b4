package io.latefusion.report.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.cli.ReportCommand;
import io.latefusion.report.WrittenReport;
import io.latefusion.stats.Correction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The research report of a grid folder with damaged or missing files (what a crash or a full disk
 * can leave): each is named, left out, and the report built from the rest; nothing usable is exit 2.
 */
class DamagedFolderReportTest {

    @Test
    void damagedFilesAreNamedLeftOutAndTheRestReported(@TempDir Path dir) throws Exception {
        Path grid = ResultsFixture.grid(dir, 3);
        Path truncated = grid.resolve("cells/pooling-sum_pretrain-all_seed-2/variants/all/result.json");
        Files.writeString(truncated, Files.readString(truncated).substring(0, 200));
        Path curves = grid.resolve("cells/pooling-concat_pretrain-none_seed-1/variants/none/epoch_metrics.json");
        Files.delete(curves);
        Path unfinished = grid.resolve("cells/pooling-concat_pretrain-all_seed-3/summary.json");
        Files.delete(unfinished);

        WrittenReport report = ResearchReport.build(grid, Correction.HOLM);

        assertThat(report.leftOut()).hasSize(3);
        assertThat(report.leftOut()).anySatisfy(l -> assertThat(l).startsWith(truncated + ": not valid JSON")
                .endsWith("left out (the run counts as missing)"));
        assertThat(report.leftOut()).anySatisfy(l -> assertThat(l).startsWith(curves + ": missing"));
        assertThat(report.leftOut()).anySatisfy(l -> assertThat(l).startsWith(unfinished + ": missing — the run did"
                + " not finish"));
        String md = Files.readString(report.markdown());
        assertThat(md).contains("## Completeness").contains("Files left out")
                .contains("`pooling-sum_pretrain-all_seed-2/all` (seed 2)");
        report.leftOut().forEach(l -> assertThat(md).contains(l));
        // 12 planned runs: one unreadable, the others reported
        assertThat(md).contains("11 run records in 4 arms");

        Result result = run(grid);
        assertThat(result.code()).isZero();
        assertThat(result.err()).startsWith("warning: left out 3 files: ").contains(truncated.toString())
                .hasLineCount(1);
    }

    @Test
    void aCorruptGridJsonIsLeftOutAndTheCellsReadFromTheirFolders(@TempDir Path dir) throws Exception {
        Path grid = ResultsFixture.grid(dir, 3);
        for (String cell : new String[]{"pooling-concat_pretrain-all", "pooling-sum_pretrain-none", "pooling-sum_pretrain-all"}) {
            for (int s = 1; s <= 3; s++) {
                delete(grid.resolve("cells").resolve(cell + "_seed-" + s));
            }
        }
        Files.writeString(grid.resolve("grid.json"), "{\"cells\": [\"pooling-con");

        WrittenReport report = ResearchReport.build(grid, Correction.HOLM);

        assertThat(report.leftOut()).singleElement().asString().startsWith(grid.resolve("grid.json") + ": not valid JSON")
                .contains("cells taken from the folders under cells/");
        assertThat(report.markdown()).content().contains("3 run records").contains(report.leftOut().get(0));
        assertThat(run(grid).code()).isZero();
    }

    @Test
    void aFolderWithNoReadableRecordIsExit2NamingTheFiles(@TempDir Path dir) throws Exception {
        Path run = ResultsFixture.experiment(dir);
        for (String variant : new String[]{"scratch", "pretrained"}) {
            Files.writeString(run.resolve("variants").resolve(variant).resolve("result.json"), "{\"variant\": ");
        }

        Result result = run(run);

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: " + run + ": no finished run records")
                .contains(run.resolve("variants/scratch/result.json") + ": not valid JSON")
                .contains(run.resolve("variants/pretrained/result.json") + ": not valid JSON").hasLineCount(1);
        assertThat(run.resolve("report.md")).doesNotExist();
    }

    private static void delete(Path path) throws Exception {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private record Result(int code, String err) {
    }

    private static Result run(Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ReportCommand());
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return new Result(cli.execute(dir.toString()), err.toString());
    }
}
