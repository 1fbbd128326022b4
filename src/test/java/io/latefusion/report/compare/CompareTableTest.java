package io.latefusion.report.compare;

import static io.latefusion.report.compare.JmhJson.INFERENCE;
import static io.latefusion.report.compare.JmhJson.REFERENCE;
import static io.latefusion.report.compare.JmhJson.TRAIN_EPOCH;
import static io.latefusion.report.compare.JmhJson.TRAIN_STEP;
import static io.latefusion.report.compare.JmhJson.normal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareTableTest {

    @TempDir
    Path dir;

    @Test
    void rendersTheSettingsAFixedWidthRowPerMatchedBenchmarkTheUnmatchedAndASummaryLine() {
        GateReport report = new RegressionGate(RegressionGateTest.DEFAULTS).compare(
                ResultFile.read(JmhJson.results()
                        .addSamples(REFERENCE, "thrpt", "ops/s", normal(1, 2, 5, 52.5, 0.3))
                        .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(2, 2, 5, 100, 1), "pretrain=none", "dataset=avmnist")
                        .add(TRAIN_EPOCH, "ss", 42, Double.NaN, "s/op", "pretrain=none")
                        .add(INFERENCE, "sample", 3.2, 0.1, "ms/op", "batch=64")
                        .write(dir.resolve("base.json"))),
                ResultFile.read(JmhJson.results()
                        .addSamples(REFERENCE, "thrpt", "ops/s", normal(3, 2, 5, 52.5, 0.3))
                        .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(4, 2, 5, 70, 1), "pretrain=none", "dataset=avmnist")
                        .add(TRAIN_EPOCH, "ss", 43, Double.NaN, "s/op", "pretrain=none")
                        .add(TRAIN_STEP, "thrpt", 99, 1, "ops/s", "pretrain=all", "dataset=avmnist")
                        .write(dir.resolve("cand.json"))));

        List<String> lines = CompareTable.render(report).lines().toList();

        assertThat(lines.get(0)).isEqualTo("threshold 5 %, 99 % bca bootstrap interval (2000 resamples, seed 1),"
                + " at least 5 samples a side, scores as measured");
        String header = lines.get(2);
        assertThat(header).startsWith("benchmark").contains("params", "mode", "samples", "forks", "ratio", "interval",
                "verdict");
        assertThat(lines.get(3)).startsWith("ReferenceBenchmark.reference ").contains("  -  ", "10/10", "2/2")
                .endsWith("within noise");
        Comparison step = report.comparisons().get(1);
        assertThat(lines.get(4)).startsWith("TrainingBenchmarks.trainStep ")
                .contains("  dataset=avmnist,pretrain=none  thrpt  ", GateFormat.ratio(step.ratio()),
                        GateFormat.interval(step.interval()))
                .endsWith("regression");
        assertThat(lines.get(5)).contains("ss", "2/2", "1/1", "-").endsWith("too few samples: 2 < 5 in the baseline");
        // fixed width: every column starts where its heading starts
        for (String column : new String[] {"params", "mode", "interval", "verdict"}) {
            int at = header.indexOf(column);
            assertThat(lines.subList(3, 6)).allSatisfy(row -> assertThat(row.charAt(at - 1)).isEqualTo(' '))
                    .allSatisfy(row -> assertThat(row.charAt(at)).isNotEqualTo(' '));
        }
        assertThat(lines).containsSubsequence(
                "only in baseline (not judged):", "  " + INFERENCE + " [batch=64] (sample)",
                "only in candidate (not judged):", "  " + TRAIN_STEP + " [dataset=avmnist,pretrain=all] (thrpt)");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("1 regression, 0 improvements, 1 within noise, 1 undecidable, 2 unmatched");
    }

    @Test
    void theSummaryCountsInPlural() {
        GateReport report = new GateReport(RegressionGateTest.DEFAULTS, List.of(), List.of(), List.of(), List.of());

        assertThat(CompareTable.summary(report))
                .isEqualTo("0 regressions, 0 improvements, 0 within noise, 0 undecidable, 0 unmatched");
    }
}
