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

        List<JmhResult> results = JmhResults.read(file);

        assertThat(results).hasSize(2);
        JmhResult reference = results.get(0);
        assertThat(reference.benchmark()).isEqualTo(REFERENCE);
        assertThat(reference.mode()).isEqualTo(Mode.Throughput);
        assertThat(reference.params()).isEmpty();
        assertThat(reference.score()).isEqualTo(52.5);
        assertThat(reference.scoreError()).isEqualTo(0.75);
        assertThat(reference.ciLow()).isEqualTo(51.75);
        assertThat(reference.ciHigh()).isEqualTo(53.25);
        assertThat(reference.unit()).isEqualTo("ops/s");
        assertThat(reference.hasConfidence()).isTrue();
        assertThat(reference.method()).isEqualTo("reference");
        assertThat(reference.shortName()).isEqualTo("ReferenceBenchmark.reference");

        JmhResult inference = results.get(1);
        assertThat(inference.mode()).isEqualTo(Mode.SampleTime);
        assertThat(inference.params()).containsExactly(
                Map.entry("batch", "64"), Map.entry("dataset", "avmnist"), Map.entry("pretrain", "none"));
        assertThat(inference.paramsText()).isEqualTo("batch=64,dataset=avmnist,pretrain=none");
    }

    @Test
    void nanErrorWrittenAsAStringMeansNoConfidenceInterval() {
        Path file = JmhJson.results().add(TRAIN_EPOCH, "ss", 41.0, Double.NaN, "s/op").write(dir.resolve("jmh.json"));

        JmhResult epoch = JmhResults.read(file).get(0);

        assertThat(epoch.mode()).isEqualTo(Mode.SingleShotTime);
        assertThat(epoch.score()).isEqualTo(41.0);
        assertThat(epoch.scoreError()).isNaN();
        assertThat(epoch.ciLow()).isNaN();
        assertThat(epoch.hasConfidence()).isFalse();
    }

    @Test
    void acceptsNanWrittenAsABareNumber() {
        Path file = JmhJson.writeText(dir.resolve("jmh.json"), "[{\"benchmark\":\"" + TRAIN_EPOCH + "\",\"mode\":\"ss\","
                + "\"primaryMetric\":{\"score\":41.0,\"scoreError\":NaN,\"scoreConfidence\":[NaN,NaN],\"scoreUnit\":\"s/op\"}}]");

        JmhResult epoch = JmhResults.read(file).get(0);

        assertThat(epoch.scoreError()).isNaN();
        assertThat(epoch.hasConfidence()).isFalse();
    }

    @Test
    void readsTheJmhArrayInsideAReport() {
        Path report = JmhJson.results().add(REFERENCE, "thrpt", 52.5, 0.75, "ops/s").writeReport(dir.resolve("report.json"));

        assertThat(JmhResults.read(report)).extracting(JmhResult::benchmark).containsExactly(REFERENCE);
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
