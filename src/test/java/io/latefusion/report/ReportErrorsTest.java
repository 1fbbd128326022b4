package io.latefusion.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.cli.ReportCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A broken file is left out — named in the report's notes and in one warning line — and the rest
 * reported (exit 0); a folder with nothing usable is a one-line {@link ReportException} naming it, exit 2.
 */
class ReportErrorsTest {

    private static final String SUMMARY = "quality/20250105-101600-none-aaaaaa/summary.json";

    /** Case name, file to overwrite (relative to the suite folder), its new content, expected message part. */
    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("empty JMH array", "jmh.json", "[]",
                        "empty JMH result [] (a benchmark fork could not start)"),
                Arguments.of("corrupt jmh.json", "jmh.json", "[{\"benchmark\": ", "not valid JSON"),
                Arguments.of("jmh.json not an array", "jmh.json", "{\"benchmark\": \"x\"}", "not a JMH result array"),
                Arguments.of("foreign entries", "jmh.json", "[{\"name\": \"x\"}]", "entry 0: no 'benchmark' value"),
                Arguments.of("no primary metric", "jmh.json", "[{\"benchmark\": \"a.b\", \"mode\": \"ss\"}]",
                        "entry 0 (b): no primaryMetric.score"),
                Arguments.of("corrupt summary.json", SUMMARY, "{\"run_id\": ", "not valid JSON"),
                Arguments.of("foreign summary.json", SUMMARY, "{\"hello\": 1}", "not an experiment summary"),
                Arguments.of("run.json not an object", "run.json", "[1]", "not a suite run description"),
                Arguments.of("corrupt histogram", "histograms/inference-1-avmnist-concat-none-quick.json", "{",
                        "not valid JSON"),
                Arguments.of("corrupt config.yaml", "quality/20250105-101600-none-aaaaaa/config.yaml", "train: [",
                        "malformed YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsLeftOutNamedAndTheRestReported(String name, String file, String content, String reason,
                                                     @TempDir Path dir) throws Exception {
        SuiteFolder.write(dir);
        Files.writeString(dir.resolve(file), content);

        WrittenReport report = UnifiedReport.build(dir);
        assertThat(report.leftOut()).singleElement().asString().startsWith(dir.resolve(file).toString())
                .contains(reason).contains("left out").doesNotContain("\n");
        assertThat(report.markdown()).content().contains("# latefusion-bench report").contains(report.leftOut().get(0));
        Result result = run(dir);
        assertThat(result.code()).isZero();
        assertThat(result.err()).isEqualTo("warning: left out 1 file: " + report.leftOut().get(0) + "\n");
    }

    @Test
    void aFolderWhoseOnlyResultsAreBrokenIsAnErrorNamingThem(@TempDir Path dir) throws Exception {
        SuiteFolder.writeRunJson(dir);
        Files.writeString(dir.resolve("jmh.json"), "[{\"benchmark\": ");

        assertThatThrownBy(() -> UnifiedReport.build(dir)).isInstanceOf(ReportException.class)
                .hasMessageStartingWith(dir + ": neither jmh.json nor finished quality results: nothing to report")
                .hasMessageContaining(dir.resolve("jmh.json") + ": not valid JSON")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(dir.resolve("report.md")).doesNotExist();
        Result result = run(dir);
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: " + dir + ": neither").contains("jmh.json: not valid JSON");
        assertThat(result.err().strip()).doesNotContain("\n");
    }

    @Test
    void aMissingFolderIsAnError(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-run");
        assertThatThrownBy(() -> UnifiedReport.build(missing)).isInstanceOf(ReportException.class)
                .hasMessage(missing + ": no such results folder");
        Result result = run(missing);
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: " + missing + ": no such results folder\n");
    }

    @Test
    void aFolderWithNeitherJmhNorQualityResultsIsAnError(@TempDir Path dir) throws Exception {
        SuiteFolder.writeRunJson(dir);
        Files.createDirectories(dir.resolve("quality/20250105-101600-none-aaaaaa"));

        assertThatThrownBy(() -> UnifiedReport.build(dir)).isInstanceOf(ReportException.class)
                .hasMessage(dir + ": neither jmh.json nor finished quality results: nothing to report");
        assertThat(run(dir).code()).isEqualTo(2);
    }

    @Test
    void theCommandPrintsThePathAndTheMarkdown(@TempDir Path dir) throws Exception {
        SuiteFolder.write(dir);
        Result result = run(dir);

        assertThat(result.code()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith(dir.resolve("report.md") + "\n\n# latefusion-bench report")
                .endsWith(Files.readString(dir.resolve("report.md")));
        assertThat(dir.resolve("report.json")).isRegularFile();
        assertThat(dir.resolve("cells.csv")).isRegularFile();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ReportCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(dir.toString());
        return new Result(code, out.toString(), err.toString());
    }
}
