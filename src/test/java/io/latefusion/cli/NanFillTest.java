package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.testing.ChildJvm;
import io.latefusion.testing.Fixtures;
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
        Assumptions.assumeTrue(compiled(source, library), "no working C compiler (cc)");

        List<String> normal = losses(dir.resolve("normal"), Map.of());
        List<String> filled = losses(dir.resolve("filled"), Map.of("LD_PRELOAD", library.toString()));

        assertThat(normal).hasSize(2).allSatisfy(line -> assertThat(line).doesNotContain("NaN", "Infinity"));
        assertThat(filled).isEqualTo(normal);
    }

    private static boolean compiled(Path source, Path library) throws InterruptedException {
        try {
            Process cc = new ProcessBuilder("cc", "-O2", "-shared", "-fPIC", "-o", library.toString(), source.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return cc.waitFor(2, TimeUnit.MINUTES) && cc.exitValue() == 0;
        } catch (java.io.IOException noCompiler) {
            return false;
        }
    }

    /** The epoch lines (times cut off) of one pre-training of the tiny quick config in a child JVM. */
    private static List<String> losses(Path out, Map<String, String> env) throws Exception {
        List<String> args = new ArrayList<>(List.of("pretrain", "configs/avmnist-quick.yaml", "--out", out.toString()));
        Fixtures.TINY_CELL.forEach(set -> args.addAll(List.of("--set", set)));
        Files.createDirectories(out);
        ChildJvm child = ChildJvm.start(out.resolve("log"), List.of(), env, args);
        assertThat(child.exitCode()).as(child.log()).isZero();
        assertThat(child.log()).as("the shim was preloaded").doesNotContain("cannot be preloaded");
        return child.log().lines()
                .filter(line -> line.startsWith("[pretrain ") && line.contains("] epoch"))
                .map(line -> line.replaceAll(" \\| [0-9.]+ s.*$", ""))
                .toList();
    }
}
