package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/** The launcher checks the threads and data parameters before anything runs. */
class BenchmarkParamsTest {

    @Test
    void threadsAndDataAreKnownParametersWithDefaults() throws Exception {
        assertThat(BenchmarkLauncher.GRID).containsEntry("threads", java.util.List.of("2"))
                .containsEntry("data", java.util.List.of("synthetic"));
        assertThat(BenchmarkLauncher.cells(new CommandLineOptions("-p", "threads=1,2,all"))).hasSize(2);
    }

    @Test
    void aBadThreadCountIsRefusedUpFront() {
        assertThatThrownBy(() -> BenchmarkLauncher.cells(new CommandLineOptions("-p", "threads=2,0")))
                .hasMessageContaining("Invalid threads '0'");
        CliRun.of("-p", "threads=x", "-f", "0", "TrainingBenchmarks.trainStep").assertBadInput("Invalid threads 'x'",
                "or all");
    }

    @Test
    void badDataIsRefusedUpFrontAndOnlyOneSourceRunsAtATime(@TempDir Path dir) throws Exception {
        CliRun.of("-p", "data=thesis:" + dir.resolve("absent"), "TrainingBenchmarks.trainStep")
                .assertBadInput("Invalid data", "no folder");
        assertThatThrownBy(() -> BenchmarkLauncher.cells(new CommandLineOptions("-p", "data=synthetic,thesis:" + dir)))
                .hasMessageContaining("expected one value per run");
        assertThat(BenchmarkLauncher.data(new CommandLineOptions("-p", "data=thesis:" + dir)).overrides())
                .containsExactly("data.layout=thesis", "data.path=" + dir);
    }
}
