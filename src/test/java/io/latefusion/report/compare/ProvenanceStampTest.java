package io.latefusion.report.compare;

import static io.latefusion.report.compare.JmhJson.REFERENCE;
import static io.latefusion.report.compare.JmhJson.TRAIN_EPOCH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Mappers;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceStampTest {

    @TempDir
    Path dir;

    @Test
    void everyBenchmarkObjectGetsTheBlockAndTheFileStaysAJmhArray() throws Exception {
        Path file = JmhJson.results()
                .add(REFERENCE, "thrpt", 52.5, 0.75, "ops/s")
                .add(TRAIN_EPOCH, "ss", 42, Double.NaN, "s/op")
                .write(dir.resolve("jmh.json"));
        Provenance provenance = new Provenance("20261204-200000-bench-abc", "2026-12-04T20:00:00Z", "abc123",
                Map.of("cpu", "Xeon", "git_commit", "abc123"));

        ProvenanceStamp.stamp(file, provenance);

        JsonNode array = Mappers.json().readTree(file.toFile());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2).allSatisfy(b -> {
            assertThat(b.get("latefusion").get("run_id").asText()).isEqualTo("20261204-200000-bench-abc");
            assertThat(b.get("latefusion").get("environment").get("cpu").asText()).isEqualTo("Xeon");
            assertThat(b.get("primaryMetric").get("rawData").isArray()).isTrue();
        });
        assertThat(array.get(1).get("primaryMetric").get("scoreError").asText()).isEqualTo("NaN"); // as JMH spells it
        ResultFile read = ResultFile.read(file);
        assertThat(read.provenance()).isEqualTo(provenance);
        assertThat(read.results()).hasSize(2);
    }
}
