package io.latefusion.report;

import static io.latefusion.report.SuiteFolder.ALL;
import static io.latefusion.report.SuiteFolder.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Mappers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-sample epoch overhead and the end-to-end epoch's samples/s, from the hand-made JMH JSON of
 * {@link SuiteFolder}: none steps 10/s at batch 64, its trainEpoch takes 3.0 s and its epochEndToEnd 4.0 s
 * over 1800 training rows; all steps 8/s at batch 32, 3.5 s and 5.0 s over 960 rows.
 */
class EpochOverheadTest {

    private static final double EPS = 1e-9;

    private static JsonNode speed(JsonNode report, String id) {
        for (JsonNode c : report.get("cells")) {
            if (c.get("id").asText().equals(id)) {
                return c.get("training_speed");
            }
        }
        throw new AssertionError("no cell " + id);
    }

    @Test
    void theEpochOverheadIsAnEpochsSecondsPerSampleOverAStepsAndSamplesPerSecondAreRowsOverSeconds(@TempDir Path dir)
            throws Exception {
        SuiteFolder.write(dir);
        UnifiedReport.build(dir);
        JsonNode report = Mappers.json().readTree(dir.resolve("report.json").toFile());

        JsonNode none = speed(report, NONE);
        // (3.0 s / 1800 rows) / (1 / (10 steps/s × 64 rows/step)) = 3.0 × 640 / 1800
        assertThat(none.get("epoch_overhead_ratio").asDouble()).isCloseTo((3.0 / 1800) / (1.0 / 640), within(EPS))
                .isCloseTo(1.0666666667, within(1e-9));
        assertThat(none.get("epoch_end_to_end_samples_per_s").asDouble()).isCloseTo(450.0, within(EPS));
        assertThat(none.get("train_rows").asInt()).isEqualTo(1800);
        assertThat(none.get("threads").asText()).isEqualTo("2");
        JsonNode all = speed(report, ALL);
        assertThat(all.get("epoch_overhead_ratio").asDouble()).isCloseTo(3.5 * 256 / 960, within(EPS));
        assertThat(all.get("epoch_end_to_end_samples_per_s").asDouble()).isCloseTo(192.0, within(EPS));
        // the trainStep / bareTrainStep figure stays beside it
        assertThat(all.get("harness_overhead_ratio").asDouble()).isCloseTo(0.5, within(EPS));

        List<List<String>> csv = Csv.parse(Files.readString(dir.resolve("cells.csv")));
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < csv.get(0).size(); i++) {
            row.put(csv.get(0).get(i), csv.get(1).get(i));
        }
        assertThat(Double.parseDouble(row.get("epoch_overhead_ratio"))).isCloseTo(3.0 * 640 / 1800, within(1e-12));
        assertThat(row.get("threads")).isEqualTo("2");
        assertThat(row.get("epoch_end_to_end_samples_per_s")).isEqualTo("450");

        assertThat(Files.readString(dir.resolve("report.md")))
                .contains("| epoch overhead (trainEpoch / trainStep, per sample; goal ≤ 1.05) | 1.07 | 0.933 | — |")
                .contains("| JMH threads | 2 | 2 | — |")
                .contains("| JMH end-to-end epoch incl. validation (samples/s) | 450 | 192 | — |");
    }

    @Test
    void withoutQualityRunsTheBatchSizeComesFromTheSplitSizes(@TempDir Path dir) throws Exception {
        SuiteFolder.writeRunJson(dir);
        io.latefusion.experiment.AtomicFiles.writeJson(dir.resolve("jmh.json"), SuiteFolder.jmh());
        SuiteFolder.writeSplits(dir);
        UnifiedReport.build(dir);
        JsonNode none = speed(Mappers.json().readTree(dir.resolve("report.json").toFile()), NONE);
        assertThat(none.get("train_step_samples_per_s").asDouble()).isEqualTo(640.0);
        assertThat(none.get("epoch_overhead_ratio").asDouble()).isCloseTo(3.0 * 640 / 1800, within(EPS));
    }

    @Test
    void aCellMeasuredAtSeveralThreadCountsIsReportedAtTheFirstAndTheOthersAreNamed(@TempDir Path dir)
            throws Exception {
        SuiteFolder.write(dir);
        com.fasterxml.jackson.databind.node.ArrayNode jmh = SuiteFolder.jmh();
        com.fasterxml.jackson.databind.node.ObjectNode one = jmh.get(0).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) one.get("params")).put("threads", "1");
        ((com.fasterxml.jackson.databind.node.ObjectNode) one.get("primaryMetric")).put("score", 99.0);
        jmh.add(one);
        io.latefusion.experiment.AtomicFiles.writeJson(dir.resolve("jmh.json"), jmh);
        UnifiedReport.build(dir);
        JsonNode report = Mappers.json().readTree(dir.resolve("report.json").toFile());
        assertThat(speed(report, NONE).get("train_step_steps_per_s").asDouble()).isEqualTo(10.0);
        assertThat(report.get("missing").toString()).contains(NONE + ": JMH results at threads 1 too");
    }
}
