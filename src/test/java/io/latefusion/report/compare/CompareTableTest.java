package io.latefusion.report.compare;

import static io.latefusion.report.compare.JmhJson.INFERENCE;
import static io.latefusion.report.compare.JmhJson.REFERENCE;
import static io.latefusion.report.compare.JmhJson.TRAIN_EPOCH;
import static io.latefusion.report.compare.JmhJson.TRAIN_STEP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareTableTest {

    @TempDir
    Path dir;

    @Test
    void rendersAFixedWidthRowPerMatchedBenchmarkTheUnmatchedAndASummaryLine() {
        GateReport report = new RegressionGate(new GateOptions(0.10, Normalisation.NONE)).compare(
                ResultFile.read(JmhJson.results()
                        .add(REFERENCE, "thrpt", 52.5, 0.75, "ops/s")
                        .add(TRAIN_STEP, "thrpt", 100, 1, "ops/s", "pretrain=none", "dataset=avmnist")
                        .add(TRAIN_EPOCH, "ss", 42, Double.NaN, "s/op", "pretrain=none")
                        .add(INFERENCE, "sample", 3.2, 0.1, "ms/op", "batch=64")
                        .write(dir.resolve("base.json"))),
                ResultFile.read(JmhJson.results()
                        .add(REFERENCE, "thrpt", 52.1, 0.8, "ops/s")
                        .add(TRAIN_STEP, "thrpt", 70, 1, "ops/s", "pretrain=none", "dataset=avmnist")
                        .add(TRAIN_EPOCH, "ss", 43, Double.NaN, "s/op", "pretrain=none")
                        .add(TRAIN_STEP, "thrpt", 99, 1, "ops/s", "pretrain=all", "dataset=avmnist")
                        .write(dir.resolve("cand.json"))));

        List<String> lines = CompareTable.render(report).lines().toList();

        assertThat(lines.get(0)).isEqualTo("tolerance 10 %, scores as measured");
        String header = lines.get(1);
        assertThat(header).startsWith("benchmark").contains("params", "mode", "baseline", "candidate", "unit", "change", "verdict");
        assertThat(lines.get(2)).startsWith("ReferenceBenchmark.reference ").contains("  -  ", "52.5 ± 0.75", "52.1 ± 0.8", "-0.8%")
                .endsWith("within noise");
        assertThat(lines.get(3)).startsWith("TrainingBenchmarks.trainStep ").contains("  dataset=avmnist,pretrain=none  thrpt  ")
                .contains("100 ± 1", "70 ± 1", "ops/s", "-30.0%").endsWith("regression");
        assertThat(lines.get(4)).contains("ss", "42", "43", "s/op", "+2.4%").endsWith("within noise (no CI)");
        // fixed width: every column starts where its heading starts
        for (String column : new String[] {"params", "mode", "unit", "verdict"}) {
            int at = header.indexOf(column);
            assertThat(lines.subList(2, 5)).allSatisfy(row -> assertThat(row.charAt(at - 1)).isEqualTo(' '))
                    .allSatisfy(row -> assertThat(row.charAt(at)).isNotEqualTo(' '));
        }
        assertThat(lines.get(5)).startsWith("no CI: ");
        assertThat(lines).containsSubsequence(
                "only in baseline (not judged):", "  " + INFERENCE + " [batch=64] (sample)",
                "only in candidate (not judged):", "  " + TRAIN_STEP + " [dataset=avmnist,pretrain=all] (thrpt)");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("1 regression, 0 improvements, 2 within noise, 2 unmatched");
    }

    @Test
    void theSummaryCountsInPlural() {
        GateReport report = new GateReport(new GateOptions(0.10, Normalisation.NONE), List.of(), List.of(), List.of());

        assertThat(CompareTable.summary(report)).isEqualTo("0 regressions, 0 improvements, 0 within noise, 0 unmatched");
    }
}
