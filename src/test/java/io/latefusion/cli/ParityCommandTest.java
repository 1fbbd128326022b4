package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parity}'s bad input: one line naming the option and what it expected, exit 2, no run folder. */
class ParityCommandTest {

    @TempDir
    Path out;

    @Test
    void aThreadCountBelowOneIsRefused() {
        CliRun run = CliRun.of("parity", "--threads", "0", "--out", out.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.stderr().strip()).isEqualTo("error: Invalid --threads 0: expected a whole number ≥ 1");
        assertThat(out.toFile().list()).isEmpty();
    }

    @Test
    void aPretrainedCellIsRefusedNamingItsNoneTwin() {
        CliRun run = CliRun.of("parity", "--models", "avmnist-all-concat-quick", "--out", out.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.stderr()).contains("Invalid --models entry 'avmnist-all-concat-quick': expected pretrain none"
                + " (e.g. avmnist-none-concat-quick)");
    }

    @Test
    void aMalformedCellIdIsRefused() {
        CliRun run = CliRun.of("parity", "--models", "avmnist-study", "--out", out.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.stderr()).contains("Invalid --models entry 'avmnist-study': Invalid cell id 'avmnist-study'"
                + " (expected dataset-pretrain-pooling-scale, e.g. avmnist-none-concat-quick)");
    }

    @Test
    void aPythonThatCannotStartIsRefused() throws Exception {
        Path missing = out.resolve("no-such-python");

        CliRun run = CliRun.of("parity", "--models", "avmnist-none-concat-study", "--python", missing.toString(),
                "--out", out.resolve("results").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("error: Invalid --python " + missing + ": cannot start it");
        assertThat(Files.exists(missing)).isFalse();
    }
}
