package io.latefusion.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Cell;
import io.latefusion.experiment.Mappers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parity run against a fake interpreter that prints canned PyTorch figures, with our side
 * canned too (no JMH): the ratio, its interval's direction, the verdict and the two files.
 */
class ParityRunTest {

    private static final Cell CELL = Cell.parse("avmnist-none-concat-study");
    private static final ParitySettings SETTINGS = new ParitySettings(1, 2, 0, 3, 1);
    /** PyTorch: 10 steps/s on average, 100 ms a step. */
    private static final String PYTORCH = """
            {"avmnist-none-concat-study": {"params": 233045, "batch": 64, "threads": 1, "torch_version": "9.9",
              "forks": [[10.0, 10.5, 9.5], [10.2, 9.8, 10.0]], "blas": "/opt/openblas/libblas.so.3"}}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void oursSlowerGivesARatioAboveOneWithTheIntervalAboveTheGoal() throws IOException {
        // ours: 8 steps/s on average, 125 ms; ratio = 125 / 100 = 10 / 8 = 1.25
        ParityReport report = run(fixed(233_045, List.of(new double[] {8.0, 8.2, 7.8}, new double[] {8.1, 7.9, 8.0})),
                FakePython.withTorch(dir, "[\"avmnist-none-concat-study\"]", PYTORCH));

        CellParity cell = report.cells().get(0);
        assertThat(cell.ratio().ratio()).isCloseTo(1.25, within(1e-9));
        assertThat(cell.ours().stepMillis()).isCloseTo(125, within(1e-9));
        assertThat(cell.pytorch().stepMillis()).isCloseTo(100, within(1e-9));
        assertThat(cell.ratio().low()).isGreaterThan(ParityGoal.COMPUTE_BOUND).isLessThan(1.25);
        assertThat(cell.ratio().high()).isGreaterThan(1.25);
        assertThat(cell.goal()).isEqualTo(ParityGoal.COMPUTE_BOUND);
        assertThat(cell.verdict()).isEqualTo(Verdict.MISSED);

        Path folder = onlyRunFolder();
        JsonNode json = Mappers.json().readTree(Files.readAllBytes(folder.resolve("parity.json")));
        assertThat(json.at("/cells/0/ratio").asDouble()).isCloseTo(1.25, within(1e-9));
        assertThat(json.at("/cells/0/verdict").asText()).isEqualTo("missed");
        assertThat(json.at("/torch_version").asText()).isEqualTo("9.9");
        assertThat(json.at("/blas").asText()).isEqualTo("/opt/openblas/libblas.so.3");
        assertThat(json.at("/cells/0/ours/parameters").asLong()).isEqualTo(233_045L);
        assertThat(json.at("/cells/0/pytorch/parameters").asLong()).isEqualTo(233_045L);
        assertThat(Files.readString(folder.resolve("parity.md")))
                .contains("| avmnist-none-concat-study | 233,045 | 233,045 | 64 | 125.00 | 100.00 | 1.250 |")
                .contains("missed");
    }

    @Test
    void oursFasterGivesARatioBelowOneThatMeetsTheGoal() throws IOException {
        // ours: 20 steps/s, 50 ms; ratio 0.5
        ParityReport report = run(fixed(233_045, List.of(new double[] {20.0, 20.4, 19.6},
                new double[] {19.8, 20.2, 20.0})), FakePython.withTorch(dir, "[\"avmnist-none-concat-study\"]", PYTORCH));

        CellParity cell = report.cells().get(0);
        assertThat(cell.ratio().ratio()).isCloseTo(0.5, within(1e-9));
        assertThat(cell.ratio().high()).isLessThan(1.0);
        assertThat(cell.ratio().low()).isLessThan(0.5);
        assertThat(cell.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void withoutTorchOurFiguresStandAloneUnderTheNote() throws IOException {
        ParityReport report = run(fixed(233_045, List.of(new double[] {8.0, 8.0})), FakePython.withoutTorch(dir));

        assertThat(report.pytorch()).isEqualTo(new PyTorchOutcome.Skipped(PyTorchSide.NO_TORCH));
        assertThat(report.cells()).isEmpty();
        Path folder = onlyRunFolder();
        assertThat(Files.readString(folder.resolve("parity.md")))
                .contains("PyTorch is not installed here (python3-torch): parity skipped")
                .contains("| avmnist-none-concat-study | 233,045 | 64 | 125.00 |");
        JsonNode json = Mappers.json().readTree(Files.readAllBytes(folder.resolve("parity.json")));
        assertThat(json.at("/skipped").asText()).isEqualTo(PyTorchSide.NO_TORCH);
        assertThat(json.at("/cells/0/ours/step_ms").asDouble()).isCloseTo(125, within(1e-9));
    }

    @Test
    void differentParameterCountsAreAnErrorNamingBoth() throws IOException {
        Path python = FakePython.withTorch(dir, "[\"avmnist-none-concat-study\"]", PYTORCH);

        assertThatThrownBy(() -> run(fixed(233_044, List.of(new double[] {8.0})), python))
                .isInstanceOf(ParityException.class)
                .hasMessage("avmnist-none-concat-study: the models differ: ours has 233044 parameters, PyTorch's 233045"
                        + " (bench/pytorch_parity.py must build the same layers as the cell's config)");
    }

    @Test
    void aCellTheScriptLacksIsRefusedBeforeAnythingIsTimed() throws IOException {
        Path python = FakePython.withTorch(dir, "[\"mosi-none-concat-quick\"]", PYTORCH);
        StepTimer never = (cell, settings, folder) -> {
            throw new AssertionError("timed " + cell);
        };

        assertThatThrownBy(() -> run(never, python))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid --models entry 'avmnist-none-concat-study': bench/pytorch_parity.py has no model"
                        + " for it (expected one of mosi-none-concat-quick)");
    }

    private ParityReport run(StepTimer ours, Path python) {
        return new ParityRun(ours, python.toString(), new PrintStream(printed, true, StandardCharsets.UTF_8))
                .run(List.of(CELL), SETTINGS, dir.resolve("results"));
    }

    private static StepTimer fixed(long parameters, List<double[]> forks) {
        return (cell, settings, folder) -> new StepThroughput(cell.id(), parameters, 64, settings.threads(), forks);
    }

    private Path onlyRunFolder() throws IOException {
        try (Stream<Path> folders = Files.list(dir.resolve("results"))) {
            List<Path> all = folders.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }
}
