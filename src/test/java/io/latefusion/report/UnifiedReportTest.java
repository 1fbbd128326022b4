package io.latefusion.report;

import static io.latefusion.report.SuiteFolder.ALL;
import static io.latefusion.report.SuiteFolder.ALL_FULL;
import static io.latefusion.report.SuiteFolder.AUDIO;
import static io.latefusion.report.SuiteFolder.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.AtomicFiles;
import io.latefusion.experiment.Mappers;
import io.latefusion.experiment.RunFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnifiedReportTest {

    private static final double EPS = 1e-9;

    private static JsonNode cell(JsonNode report, String id) {
        for (JsonNode c : report.get("cells")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + id);
    }

    private static JsonNode score(JsonNode cell, String benchmark, String batch) {
        for (JsonNode s : cell.get("jmh")) {
            if (s.get("benchmark").asText().equals(benchmark)
                    && (batch == null || batch.equals(s.at("/params/batch").asText()))) {
                return s;
            }
        }
        throw new AssertionError("no " + benchmark + " score");
    }

    @Test
    void reportJsonHoldsTheFixturesAndTheDerivedNumbers(@TempDir Path dir) throws Exception {
        SuiteFolder.write(dir);
        Path markdown = UnifiedReport.build(dir).markdown();

        assertThat(markdown).isEqualTo(dir.resolve("report.md"));
        JsonNode report = Mappers.json().readTree(dir.resolve("report.json").toFile());
        assertThat(report.get("run_id").asText()).isEqualTo("20250105-101500-suite-abc123");
        assertThat(report.get("started").asText()).isEqualTo("2025-01-05T10:15:00Z");
        assertThat(report.at("/environment/cpus").asText()).isEqualTo("2");
        assertThat(report.at("/environment/git_commit").asText()).isEqualTo("b24d14d");
        assertThat(report.get("cells")).extracting(c -> c.get("id").asText()).containsExactly(NONE, ALL, ALL_FULL);
        assertThat(report.at("/cells/0/quality/pooling/type").asText()).isEqualTo("concat");
        assertThat(report.at("/cells/0/quality/pooling/missing_policy").asText()).isEqualTo("zero");
        assertThat(markdown).content().contains("| pooling (missing policy), parameters / multiply-adds | concat (zero), 0 / 0 |");
        assertThat(report.get("jmh")).isEqualTo(SuiteFolder.jmh());
        assertThat(report.at("/run_scores/0/benchmark").asText()).isEqualTo("reference");
        assertThat(report.at("/run_scores/0/score").asDouble()).isEqualTo(1234.5);

        JsonNode none = cell(report, NONE);
        assertThat(none.at("/params/pretrain").asText()).isEqualTo("none");
        assertThat(none.at("/params/scale").asText()).isEqualTo("quick");
        assertThat(none.get("batch_size").asInt()).isEqualTo(64);
        assertThat(none.get("jmh")).hasSize(7);
        JsonNode step = score(none, "trainStep", null);
        assertThat(step.get("mode").asText()).isEqualTo("thrpt");
        assertThat(step.get("score").asDouble()).isEqualTo(10.0);
        assertThat(step.get("score_error").asDouble()).isEqualTo(0.5);
        assertThat(step.get("ci")).extracting(JsonNode::asDouble).containsExactly(9.5, 10.5);
        assertThat(step.get("unit").asText()).isEqualTo("ops/s");
        assertThat(step.has("percentiles")).isFalse();
        JsonNode epoch = score(none, "trainEpoch", null);
        assertThat(epoch.get("score_error").isNull()).isTrue();
        assertThat(epoch.at("/ci/0").isNull()).isTrue();
        JsonNode b1 = score(none, "inference", "1");
        assertThat(b1.at("/percentiles/99.0").asDouble()).isEqualTo(3.0);

        JsonNode speed = none.get("training_speed");
        assertThat(speed.get("train_step_steps_per_s").asDouble()).isEqualTo(10.0);
        assertThat(speed.get("train_step_samples_per_s").asDouble()).isEqualTo(10.0 * 64);
        assertThat(speed.get("train_step_samples_per_s_error").asDouble()).isEqualTo(0.5 * 64);
        assertThat(speed.get("train_epoch_s").asDouble()).isEqualTo(3.0);
        assertThat(speed.get("train_epoch_s_error").isNull()).isTrue();
        assertThat(speed.get("pretrain_epoch_s").asDouble()).isEqualTo(0.001);
        assertThat(speed.get("harness_overhead_ratio").asDouble()).isCloseTo(10.0 / 12.5, within(EPS));
        assertThat(cell(report, ALL).at("/training_speed/train_step_samples_per_s").asDouble()).isEqualTo(8.0 * 32);
        assertThat(cell(report, ALL).at("/training_speed/harness_overhead_ratio").asDouble())
                .isCloseTo(8.0 / 16.0, within(EPS));

        JsonNode inference = none.get("inference");
        assertThat(inference).extracting(i -> i.get("batch").asInt()).containsExactly(1, 64);
        assertThat(inference.at("/0/jmh_mean_ms").asDouble()).isEqualTo(1.5);
        assertThat(inference.at("/0/jmh_p50_ms").asDouble()).isCloseTo(1.5 * 0.8, within(EPS));
        assertThat(inference.at("/0/jmh_p99_ms").asDouble()).isCloseTo(1.5 * 2.0, within(EPS));
        assertThat(inference.at("/0/hdr/count").asLong()).isEqualTo(1000);
        assertThat(inference.at("/0/hdr/p50_ms").asDouble()).isEqualTo(1.1);
        assertThat(inference.at("/0/hdr/p90_ms").asDouble()).isEqualTo(1.9);
        assertThat(inference.at("/0/hdr/p99_ms").asDouble()).isEqualTo(3.3);
        assertThat(inference.at("/0/hdr/p99_9_ms").asDouble()).isEqualTo(4.4);
        assertThat(inference.at("/1/hdr").isNull()).isTrue();
        assertThat(cell(report, ALL).at("/inference/1/hdr/p99_ms").asDouble()).isEqualTo(19.5);

        JsonNode quality = none.get("quality");
        assertThat(quality.get("run_id").asText()).isEqualTo("20250105-101600-none-aaaaaa");
        assertThat(quality.get("metric").asText()).isEqualTo("accuracy");
        assertThat(quality.get("full_subset").asText()).isEqualTo("AI");
        assertThat(quality.get("epoch1_val_metric").asDouble()).isEqualTo(0.60);
        assertThat(quality.get("epoch1_val_loss").asDouble()).isEqualTo(1.2);
        assertThat(quality.get("epochs_to_target_val").asInt()).isEqualTo(6);
        assertThat(quality.get("seconds_to_target_val").asDouble()).isEqualTo(30.0);
        assertThat(quality.get("epochs_to_target_train").asInt()).isEqualTo(5);
        assertThat(quality.get("best_epoch").asInt()).isEqualTo(7);
        assertThat(quality.get("epochs_run").asInt()).isEqualTo(8);
        assertThat(quality.get("stop_reason").asText()).isEqualTo("epoch cap 8 reached");
        assertThat(quality.get("test_metric").asDouble()).isEqualTo(0.92);
        assertThat(quality.at("/test_best/I/accuracy").asDouble()).isCloseTo(0.82, within(EPS));
        assertThat(quality.at("/test_last/AI/accuracy").asDouble()).isCloseTo(0.91, within(EPS));
        assertThat(cell(report, ALL_FULL).at("/quality/epochs_to_target_val").isNull()).isTrue();

        JsonNode cost = cell(report, ALL).get("cost");
        assertThat(cost.at("/pretrain/0/modality").asText()).isEqualTo("audio");
        assertThat(cost.at("/pretrain/0/path").asText()).isEqualTo(AUDIO);
        assertThat(cost.at("/pretrain/0/shared_by").asInt()).isEqualTo(2);
        assertThat(cost.at("/pretrain/0/seconds_full").asDouble()).isEqualTo(10.0);
        assertThat(cost.at("/pretrain/0/seconds_amortised").asDouble()).isEqualTo(10.0 / 2);
        assertThat(cost.at("/pretrain/1/seconds_amortised").asDouble()).isEqualTo(20.0 / 2);
        assertThat(cost.get("pretrain_s_full").asDouble()).isEqualTo(30.0);
        assertThat(cost.get("pretrain_s_amortised").asDouble()).isEqualTo(30.0 / 2);
        assertThat(cost.get("train_s").asDouble()).isEqualTo(24.0);
        assertThat(cost.get("test_s").asDouble()).isEqualTo(2.0);
        assertThat(cost.get("total_s_full").asDouble()).isEqualTo(54.0);
        assertThat(cost.get("total_s_amortised").asDouble()).isEqualTo(15.0 + 24.0);
        assertThat(cell(report, NONE).at("/cost/total_s_amortised").asDouble()).isEqualTo(40.0);

        JsonNode versus = cell(report, ALL).get("versus_baseline");
        assertThat(versus.get("baseline").asText()).isEqualTo(NONE);
        assertThat(versus.get("test_metric_change_pct").asDouble()).isCloseTo((0.95 - 0.92) / 0.92 * 100, within(EPS));
        assertThat(versus.get("epochs_to_target_change_pct").asDouble()).isCloseTo(-50.0, within(EPS));
        assertThat(versus.get("total_s_full_change_pct").asDouble()).isCloseTo(35.0, within(EPS));
        assertThat(versus.get("total_s_amortised_change_pct").asDouble()).isCloseTo(-2.5, within(EPS));
        assertThat(cell(report, NONE).get("versus_baseline").isNull()).isTrue();
        assertThat(cell(report, ALL_FULL).get("versus_baseline").isNull()).isTrue();

        assertThat(report.get("missing")).extracting(JsonNode::asText)
                .containsExactly(ALL_FULL
                        + ": no JMH pretrainEncoder, trainEpoch, trainStep, inference, bareTrainStep, epochEndToEnd result");
    }

    @Test
    void aQualityCellThatFailedIsListedAsFailedWithItsMessage(@TempDir Path dir) throws Exception {
        SuiteFolder.write(dir);
        Path failed = dir.resolve("quality/20250105-104000-none-dddddd");
        AtomicFiles.write(failed.resolve("config.yaml"), "name: none\n");
        AtomicFiles.writeJson(failed.resolve(RunFailure.FILE), new RunFailure("Loss became NaN in run 'scratch' at epoch 2,"
                + " batch 3 of 9", "TrainingDivergedException", "training variant scratch", "2025-01-05T10:41:00Z"));
        UnifiedReport.build(dir);

        JsonNode report = Mappers.json().readTree(dir.resolve("report.json").toFile());
        assertThat(report.get("missing")).extracting(JsonNode::asText).contains("quality/20250105-104000-none-dddddd"
                + "/summary.json: missing (the cell's training failed in training variant scratch: Loss became NaN in"
                + " run 'scratch' at epoch 2, batch 3 of 9)");
    }

    @Test
    void cellsCsvHasOneRowPerCellWithTheHandComputedNumbersAndRoundTrips(@TempDir Path dir) throws Exception {
        SuiteFolder.write(dir);
        UnifiedReport.build(dir);

        String text = Files.readString(dir.resolve("cells.csv"));
        List<List<String>> records = Csv.parse(text);
        assertThat(records).hasSize(4);
        List<String> header = records.get(0);
        assertThat(header).startsWith("dataset", "pretrain", "pooling", "scale", "batch_size")
                .contains("train_step_steps_per_s", "train_step_samples_per_s", "train_step_samples_per_s_error",
                        "train_epoch_s", "train_epoch_s_error", "pretrain_epoch_s", "inference_b1_p50_ms",
                        "inference_b1_p99_ms", "inference_b64_p50_ms", "inference_b64_p99_ms", "epoch1_val_accuracy",
                        "epochs_to_target_val", "seconds_to_target_val", "epochs_to_target_train", "test_accuracy_AI",
                        "test_accuracy_A", "test_accuracy_I", "pretrain_s_full", "pretrain_s_amortised", "train_s",
                        "test_s", "total_s_full", "total_s_amortised");
        List<Map<String, String>> rows = records.subList(1, 4).stream().map(r -> {
            assertThat(r).hasSameSizeAs(header);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), r.get(i));
            }
            return row;
        }).toList();

        Map<String, String> none = rows.get(0);
        assertThat(none.get("pretrain")).isEqualTo("none");
        assertThat(Double.parseDouble(none.get("train_step_samples_per_s"))).isEqualTo(640.0);
        assertThat(Double.parseDouble(none.get("train_step_samples_per_s_error"))).isEqualTo(32.0);
        assertThat(none.get("train_epoch_s_error")).isEmpty();
        assertThat(Double.parseDouble(none.get("inference_b64_p99_ms"))).isCloseTo(24.0, within(EPS));
        assertThat(Double.parseDouble(none.get("epoch1_val_accuracy"))).isEqualTo(0.6);
        assertThat(none.get("epochs_to_target_val")).isEqualTo("6");
        assertThat(Double.parseDouble(none.get("test_accuracy_AI"))).isEqualTo(0.92);
        assertThat(none.get("vs_none_test_metric_change_pct")).isEmpty();

        Map<String, String> all = rows.get(1);
        assertThat(all.get("stop_reason")).isEqualTo(SuiteFolder.ODD_REASON);
        assertThat(Double.parseDouble(all.get("train_step_samples_per_s"))).isEqualTo(256.0);
        assertThat(Double.parseDouble(all.get("pretrain_s_full"))).isEqualTo(30.0);
        assertThat(Double.parseDouble(all.get("pretrain_s_amortised"))).isEqualTo(15.0);
        assertThat(Double.parseDouble(all.get("total_s_full"))).isEqualTo(54.0);
        assertThat(Double.parseDouble(all.get("total_s_amortised"))).isEqualTo(39.0);
        assertThat(Double.parseDouble(all.get("vs_none_total_s_amortised_change_pct"))).isCloseTo(-2.5, within(EPS));

        Map<String, String> full = rows.get(2);
        assertThat(full.get("train_step_steps_per_s")).isEmpty();
        assertThat(full.get("inference_b1_p50_ms")).isEmpty();
        assertThat(full.get("epochs_to_target_val")).isEmpty();
        assertThat(Double.parseDouble(full.get("total_s_amortised"))).isEqualTo(115.0);
        assertThat(text).doesNotContain("NaN").contains("\"early stop: no \"\"better\"\" loss, 3 epochs\"");
    }

    @Test
    void reportMdHasTheTablesAndTheCellsNumbers(@TempDir Path dir) throws Exception {
        SuiteFolder.write(dir);
        String md = Files.readString(UnifiedReport.build(dir).markdown());

        assertThat(md).startsWith("# latefusion-bench report — run 20250105-101500-suite-abc123 (2025-01-05)\n")
                .contains("Started 2025-01-05T10:15:00Z.")
                .contains("## Environment", "| java | OpenJDK 64-Bit Server VM 17.0.12 |")
                .contains("| command | `suite --quick` |")
                .contains("| cell | " + NONE + " | " + ALL + " | " + ALL_FULL + " |")
                .contains("| epoch-1 validation accuracy (full set) | 0.6000 | 0.8000 | 0.8500 |")
                .contains("| epochs to target (validation) | 6 | 3 | not reached |")
                .contains("| test accuracy AI (best epoch) | 0.9200 | 0.9500 | 0.9700 |")
                .contains("| total = pre-training + training (s), full / amortised"
                        + " | 40.0 / 40.0 | 54.0 / 39.0 | 130.0 / 115.0 |")
                .contains("| JMH train step (samples/s) | 640 ± 32 | 256 ± 12.8 | — |")
                .contains("| JMH training epoch (s) | 3.0 ± NaN | 3.5 ± NaN | — |")
                .contains("| JMH inference batch 1, p50 / p99 (ms) | 1.2 / 3 | 1.28 / 3.2 | — |")
                .contains("| harness overhead (trainStep / bareTrainStep) | 0.8 | 0.5 | — |")
                .contains("## Cost vs performance against the `none` baseline")
                .contains("| " + ALL + " | " + NONE + " | accuracy AI | +3.3 % | -50.0 % | +35.0 % | -2.5 % |")
                .contains("| " + ALL_FULL + " | no `none` baseline in this run | — |")
                .contains("| reference | thrpt | 1230 ± 12 | ops/s |")
                .contains("## Notes", "NaN means", "amortised", ALL_FULL + ": no JMH");
        assertThat(md).doesNotContain("No JMH results");
    }

    @Test
    void withoutJmhJsonTheReportShowsQualityAndSaysWhatIsMissing(@TempDir Path dir) throws Exception {
        SuiteFolder.write(dir);
        Files.delete(dir.resolve("jmh.json"));
        Files.delete(dir.resolve("run.json"));

        String md = Files.readString(UnifiedReport.build(dir).markdown());

        JsonNode report = Mappers.json().readTree(dir.resolve("report.json").toFile());
        assertThat(report.get("jmh").isNull()).isTrue();
        assertThat(report.get("run_id").asText()).isEqualTo(dir.getFileName().toString());
        assertThat(report.at("/environment/java").asText()).isEqualTo("17");
        assertThat(report.get("cells")).hasSize(3);
        assertThat(cell(report, ALL).get("training_speed").isNull()).isTrue();
        assertThat(cell(report, ALL).at("/cost/total_s_amortised").asDouble()).isEqualTo(39.0);
        assertThat(report.get("missing").toString()).contains("jmh.json: no JMH results").contains("run.json");
        assertThat(md).contains("**No JMH results**").contains("jmh.json: no JMH results")
                .contains("| test accuracy AI (best epoch) | 0.9200 | 0.9500 | 0.9700 |");
    }

    @Test
    void jmhOnlyRunReportsTimingsAndSaysQualityIsMissing(@TempDir Path dir) throws Exception {
        SuiteFolder.writeRunJson(dir);
        AtomicFiles.writeJson(dir.resolve("jmh.json"), SuiteFolder.jmh());

        String md = Files.readString(UnifiedReport.build(dir).markdown());

        JsonNode report = Mappers.json().readTree(dir.resolve("report.json").toFile());
        assertThat(cell(report, NONE).get("quality").isNull()).isTrue();
        assertThat(cell(report, NONE).at("/training_speed/train_step_samples_per_s").isNull()).isTrue();
        assertThat(cell(report, NONE).at("/training_speed/train_step_steps_per_s").asDouble()).isEqualTo(10.0);
        assertThat(report.get("missing").toString()).contains("quality/: no quality results")
                .contains("histograms/: no HdrHistogram summaries");
        assertThat(md).contains("| " + ALL + " | no quality results for this cell |");
    }
}
