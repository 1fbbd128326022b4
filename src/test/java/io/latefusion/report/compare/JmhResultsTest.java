package io.latefusion.report.compare;

import static io.latefusion.report.compare.JmhJson.INFERENCE;
import static io.latefusion.report.compare.JmhJson.REFERENCE;
import static io.latefusion.report.compare.JmhJson.TRAIN_EPOCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;

class JmhResultsTest {

    @TempDir
    Path dir;

    @Test
    void readsThePrimaryMetricOfEveryResultInFileOrder() {
        Path file = JmhJson.results()
                .add(REFERENCE, "thrpt", 52.5, 0.75, "ops/s")
                .add(INFERENCE, "sample", 3.2, 0.1, "ms/op", "pretrain=none", "batch=64", "dataset=avmnist")
                .write(dir.resolve("jmh.json"));

        List<JmhResult> results = JmhResults.read(file).results();

        assertThat(results).hasSize(2);
        JmhResult reference = results.get(0);
        assertThat(reference.benchmark()).isEqualTo(REFERENCE);
        assertThat(reference.mode()).isEqualTo(Mode.Throughput);
        assertThat(reference.params()).isEmpty();
        assertThat(reference.score()).isEqualTo(52.5);
        assertThat(reference.scoreError()).isEqualTo(0.75);
        assertThat(reference.unit()).isEqualTo("ops/s");
        assertThat(reference.forks()).singleElement()
                .satisfies(fork -> assertThat(fork).containsExactly(new double[] {52.2, 52.35, 52.5, 52.65, 52.8},
                        org.assertj.core.api.Assertions.within(1e-9)));
        assertThat(reference.mean()).isCloseTo(52.5, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(reference.method()).isEqualTo("reference");
        assertThat(reference.shortName()).isEqualTo("ReferenceBenchmark.reference");

        JmhResult inference = results.get(1);
        assertThat(inference.mode()).isEqualTo(Mode.SampleTime);
        assertThat(inference.params()).containsExactly(
                Map.entry("batch", "64"), Map.entry("dataset", "avmnist"), Map.entry("pretrain", "none"));
        assertThat(inference.paramsText()).isEqualTo("batch=64,dataset=avmnist,pretrain=none");
    }

    @Test
    void nanErrorWrittenAsAStringIsRead() {
        Path file = JmhJson.results().add(TRAIN_EPOCH, "ss", 41.0, Double.NaN, "s/op").write(dir.resolve("jmh.json"));

        JmhResult epoch = JmhResults.read(file).results().get(0);

        assertThat(epoch.mode()).isEqualTo(Mode.SingleShotTime);
        assertThat(epoch.score()).isEqualTo(41.0);
        assertThat(epoch.scoreError()).isNaN();
        assertThat(epoch.sampleCount()).isEqualTo(2);
    }

    @Test
    void acceptsNanWrittenAsABareNumber() {
        Path file = JmhJson.writeText(dir.resolve("jmh.json"), "[{\"benchmark\":\"" + TRAIN_EPOCH + "\",\"mode\":\"ss\","
                + "\"primaryMetric\":{\"score\":41.0,\"scoreError\":NaN,\"scoreConfidence\":[NaN,NaN],\"scoreUnit\":\"s/op\"}}]");

        JmhResult epoch = JmhResults.read(file).results().get(0);

        assertThat(epoch.scoreError()).isNaN();
        assertThat(epoch.forks()).isEmpty(); // no rawData: no samples, JMH's score as the mean
        assertThat(epoch.mean()).isEqualTo(41.0);
    }

    @Test
    void readsTheSamplesOfEveryForkAndOneMeanPerIterationOfASampleHistogram() {
        Path file = JmhJson.results()
                .addSamples(REFERENCE, "thrpt", "ops/s", new double[][] {{1, 2, 3}, {4, 5}})
                .addHistogram(INFERENCE, "ms/op", new double[][][][] {
                    {{{1.0, 1}, {3.0, 3}}, {{2.0, 5}}},
                    {{{10.0, 2}}}})
                .write(dir.resolve("jmh.json"));

        List<JmhResult> results = JmhResults.read(file).results();

        assertThat(results.get(0).forks()).satisfiesExactly(
                f -> assertThat(f).containsExactly(1, 2, 3), f -> assertThat(f).containsExactly(4, 5));
        assertThat(results.get(0).sampleCount()).isEqualTo(5);
        assertThat(results.get(0).forkCount()).isEqualTo(2);
        assertThat(results.get(1).forks()).satisfiesExactly(
                f -> assertThat(f).containsExactly(2.5, 2.0), f -> assertThat(f).containsExactly(10.0));
    }

    @Test
    void readsTheRecordOfWhereTheResultRanFromTheBlockOrAReportsRunInfo() {
        Provenance recorded = new Provenance("20261204-200000-bench-abc", "2026-12-04T20:00:00Z", "abc123",
                Map.of("cpu", "Xeon", "git_commit", "abc123"));
        Path stamped = JmhJson.results().add(REFERENCE, "thrpt", 52.5, 0.75, "ops/s").provenance(recorded)
                .write(dir.resolve("stamped.json"));
        Path plain = JmhJson.results().add(REFERENCE, "thrpt", 52.5, 0.75, "ops/s").write(dir.resolve("plain.json"));
        Path report = JmhJson.writeText(dir.resolve("report.json"), "{\"run_id\":\"r1\",\"started\":\"2026-12-01T00:00:00Z\","
                + "\"environment\":{\"cpu\":\"Epyc\",\"git_commit\":\"def456\"},\"jmh\":"
                + "[{\"benchmark\":\"" + REFERENCE + "\",\"mode\":\"thrpt\",\"primaryMetric\":{\"score\":1,\"scoreUnit\":\"ops/s\"}}]}");

        assertThat(JmhResults.read(stamped).provenance()).isEqualTo(recorded);
        assertThat(JmhResults.read(plain).provenance()).isNull();
        assertThat(JmhResults.read(report).provenance())
                .isEqualTo(new Provenance("r1", "2026-12-01T00:00:00Z", "def456", Map.of("cpu", "Epyc", "git_commit", "def456")));
    }

    @Test
    void readsTheJmhArrayInsideAReport() {
        Path report = JmhJson.results().add(REFERENCE, "thrpt", 52.5, 0.75, "ops/s").writeReport(dir.resolve("report.json"));

        assertThat(JmhResults.read(report).results()).extracting(JmhResult::benchmark).containsExactly(REFERENCE);
    }

    @Test
    void rejectsUnusableFilesNamingThem() {
        Path corrupt = JmhJson.writeText(dir.resolve("corrupt.json"), "[{\"benchmark\": ");
        Path foreign = JmhJson.writeText(dir.resolve("foreign.json"), "{\"a\":1}");
        Path empty = JmhJson.writeText(dir.resolve("empty.json"), "[]\n");
        Path emptyReport = JmhJson.writeText(dir.resolve("report.json"), "{\"run_id\":\"x\",\"jmh\":[]}");
        Path blank = JmhJson.writeText(dir.resolve("blank.json"), "");
        Path missing = dir.resolve("missing.json");

        assertUnusable(corrupt, "not valid JSON");
        assertUnusable(foreign, "not JMH results");
        assertUnusable(empty, "no benchmark results");
        assertUnusable(emptyReport, "no benchmark results");
        assertUnusable(blank, "empty file");
        assertUnusable(missing, "no such file");
    }

    @Test
    void rejectsResultsThatCannotBeCompared() {
        String head = "[{\"benchmark\":\"" + REFERENCE + "\",";
        assertUnusable(JmhJson.writeText(dir.resolve("mode.json"), head
                + "\"mode\":\"all\",\"primaryMetric\":{\"score\":1,\"scoreUnit\":\"ops/s\"}}]"),
                "mode \"all\" is not one of thrpt, avgt, sample, ss");
        assertUnusable(JmhJson.writeText(dir.resolve("score.json"), head
                + "\"mode\":\"thrpt\",\"primaryMetric\":{\"score\":\"NaN\",\"scoreUnit\":\"ops/s\"}}]"),
                "primaryMetric.score is NaN");
        assertUnusable(JmhJson.writeText(dir.resolve("metric.json"), head + "\"mode\":\"thrpt\"}]"),
                "primaryMetric is missing");
        assertUnusable(JmhJson.writeText(dir.resolve("raw.json"), head
                + "\"mode\":\"thrpt\",\"primaryMetric\":{\"score\":1,\"scoreUnit\":\"ops/s\",\"rawData\":[[1,\"x\"]]}}]"),
                "primaryMetric.rawData[0][1] is missing or not a number");
        assertUnusable(JmhJson.writeText(dir.resolve("rawnan.json"), head
                + "\"mode\":\"thrpt\",\"primaryMetric\":{\"score\":1,\"scoreUnit\":\"ops/s\",\"rawData\":[[1,\"NaN\"]]}}]"),
                "primaryMetric.rawData[0][1] is NaN, not a finite score");
        assertUnusable(JmhJson.writeText(dir.resolve("histogram.json"), head
                + "\"mode\":\"sample\",\"primaryMetric\":{\"score\":1,\"scoreUnit\":\"ms/op\",\"rawDataHistogram\":[[[[1]]]]}}]"),
                "primaryMetric.rawDataHistogram[0][0] holds something that is not a [value, count] pair");
        assertUnusable(JmhJson.results().add(REFERENCE, "thrpt", 50, 1, "ops/s").add(REFERENCE, "thrpt", 51, 1, "ops/s")
                .write(dir.resolve("twice.json")), "result 2 repeats " + REFERENCE + " (thrpt)");
    }

    private static void assertUnusable(Path file, String reason) {
        assertThatThrownBy(() -> JmhResults.read(file))
                .isInstanceOf(CompareException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
