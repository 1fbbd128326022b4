package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pre-training epoch reads no native memory that nobody wrote and none already freed: run in a
 * child JVM under {@code bench/nanfill.c} (every allocation and every freed block filled with NaN
 * bytes), it prints the very losses of a normal run. Skipped where there is no C compiler.
 */
class NanFillTest {

    @Test
    void aPretrainingEpochUnderANanFillingAllocatorComputesTheNormalLosses(@TempDir Path dir) throws Exception {
        Path source = Path.of("bench/nanfill.c");
        Assumptions.assumeTrue(Files.isRegularFile(source), "bench/nanfill.c is not here");
        Path library = dir.resolve("libnanfill.so");
        Assumptions.assumeTrue(run(List.of("cc", "-O2", "-shared", "-fPIC", "-o", library.toString(),
                source.toString()), Map.of(), dir.resolve("cc.log")) == 0, "no working C compiler (cc)");

        List<String> normal = losses(dir.resolve("normal"), Map.of());
        List<String> filled = losses(dir.resolve("filled"), Map.of("LD_PRELOAD", library.toString()));

        assertThat(normal).hasSize(2).allSatisfy(line -> assertThat(line).doesNotContain("NaN", "Infinity"));
        assertThat(filled).isEqualTo(normal);
    }

    /** The epoch lines (times cut off) of one pre-training of the tiny quick config in a child JVM. */
    private static List<String> losses(Path out, Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1", "-Dai.djl.pytorch.num_interop_threads=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "pretrain", "configs/avmnist-quick.yaml", "--out", out.toString()));
        Fixtures.TINY_CELL.forEach(set -> command.addAll(List.of("--set", set)));
        Files.createDirectories(out);
        Path log = out.resolve("log");
        assertThat(run(command, env, log)).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).as("the shim was preloaded").doesNotContain("cannot be preloaded");
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("[pretrain "))
                .filter(line -> line.contains("] epoch"))
                .map(line -> line.replaceAll(" \\| [0-9.]+ s.*$", ""))
                .toList();
    }

    private static int run(List<String> command, Map<String, String> env, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("DJL_OFFLINE", "true", "OMP_NUM_THREADS", "1",
                "MALLOC_MMAP_THRESHOLD_", "1000000000", "MALLOC_TRIM_THRESHOLD_", "1000000000"));
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException notThere) {
            return -1;
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -2;
        }
        return process.exitValue();
    }
}
