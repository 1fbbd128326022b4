package io.latefusion.report.compare;

import static io.latefusion.report.compare.JmhJson.REFERENCE;
import static io.latefusion.report.compare.JmhJson.TRAIN_EPOCH;
import static io.latefusion.report.compare.JmhJson.TRAIN_STEP;
import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.cli.CompareCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The gate as CI runs it: {@code compare BASELINE CANDIDATE [options]} and its exit code. */
class CompareCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aPlantedThroughputDropFailsTheGate() {
        Path base = JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s").write(dir.resolve("base.json"));
        Path cand = JmhJson.results().add(TRAIN_STEP, "thrpt", 70, 1, "ops/s").write(dir.resolve("cand.json"));

        assertThat(run(base.toString(), cand.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("-30.0%", "regression")
                .endsWith("1 regression, 0 improvements, 0 within noise, 0 unmatched\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFileComparedWithItselfPasses() {
        Path file = RegressionGateTest.realisticRun().write(dir.resolve("jmh.json"));

        assertThat(run(file.toString(), file.toString())).isZero();
        assertThat(out.toString()).endsWith("0 regressions, 0 improvements, 4 within noise, 0 unmatched\n");
    }

    @Test
    void anImprovementPasses() {
        Path base = JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s").write(dir.resolve("base.json"));
        Path cand = JmhJson.results().add(TRAIN_STEP, "thrpt", 130, 1, "ops/s").write(dir.resolve("cand.json"));

        assertThat(run(base.toString(), cand.toString())).isZero();
        assertThat(out.toString()).contains("+30.0%", "improvement");
    }

    @Test
    void unmatchedBenchmarksAreListedAndDoNotFail() {
        Path base = JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s")
                .add(TRAIN_EPOCH, "ss", 42, Double.NaN, "s/op").write(dir.resolve("base.json"));
        Path cand = JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s").write(dir.resolve("cand.json"));

        assertThat(run(base.toString(), cand.toString())).isZero();
        assertThat(out.toString()).contains("only in baseline", TRAIN_EPOCH + " (ss)").endsWith("1 unmatched\n");
    }

    @Test
    void theToleranceOptionDecidesWhatCounts() {
        Path base = JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s").write(dir.resolve("base.json"));
        Path cand = JmhJson.results().add(TRAIN_STEP, "thrpt", 70, 1, "ops/s").write(dir.resolve("cand.json"));

        assertThat(run(base.toString(), cand.toString(), "--tolerance", "0.35")).isZero();
        assertThat(out.toString()).startsWith("tolerance 35 %");
    }

    @Test
    void normalisingByTheReferencePassesASlowerMachineAndNeedsTheReference() {
        Path fast = RegressionGateTest.realisticRun().write(dir.resolve("fast.json"));
        Path slow = JmhJson.results()
                .add(REFERENCE, "thrpt", 26.25, 0.375, "ops/s")
                .add(TRAIN_STEP, "thrpt", 50, 0.5, "ops/s", "pretrain=none")
                .write(dir.resolve("slow.json"));
        Path noReference = JmhJson.results().add(TRAIN_STEP, "thrpt", 50, 0.5, "ops/s", "pretrain=none")
                .write(dir.resolve("no-reference.json"));

        assertThat(run(fast.toString(), slow.toString())).isEqualTo(1);
        assertThat(run(fast.toString(), slow.toString(), "--normalise", "reference")).isZero();
        assertThat(out.toString()).contains("scores divided by each file's reference benchmark", "ops/s/ref");
        assertThat(run(fast.toString(), noReference.toString(), "--normalise", "reference")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: " + noReference + ": no reference benchmark");
    }

    @Test
    void unusableInputExitsTwoWithOneLineNamingTheFile() {
        Path good = JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s").write(dir.resolve("good.json"));
        Path other = JmhJson.results().add(TRAIN_EPOCH, "ss", 42, 1, "s/op").write(dir.resolve("other.json"));
        Path corrupt = JmhJson.writeText(dir.resolve("corrupt.json"), "[{\"benchmark\": \"x\",");
        Path foreign = JmhJson.writeText(dir.resolve("foreign.json"), "{\"a\":1}");
        Path empty = JmhJson.writeText(dir.resolve("empty.json"), "[]");
        Path missing = dir.resolve("missing.json");

        assertUnusable(corrupt, run(good.toString(), corrupt.toString()));
        assertUnusable(foreign, run(foreign.toString(), good.toString()));
        assertUnusable(empty, run(good.toString(), empty.toString()));
        assertUnusable(missing, run(missing.toString(), good.toString()));
        assertUnusable(other, run(good.toString(), other.toString()));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aToleranceOutOfRangeOrAnUnknownNormalisationExitsTwo() {
        Path file = JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s").write(dir.resolve("jmh.json"));

        for (String tolerance : new String[] {"0", "-0.1", "10", "NaN"}) {
            assertThat(run(file.toString(), file.toString(), "--tolerance", tolerance)).isEqualTo(2);
        }
        assertThat(err.toString()).contains("error: Invalid tolerance: 0.0");
        assertThat(run(file.toString(), file.toString(), "--normalise", "fastest")).isEqualTo(2);
    }

    private void assertUnusable(Path file, int exitCode) {
        assertThat(exitCode).isEqualTo(2);
        String[] lines = err.toString().split("\n");
        assertThat(lines[lines.length - 1]).startsWith("error: ").contains(file.toString());
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CompareCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
