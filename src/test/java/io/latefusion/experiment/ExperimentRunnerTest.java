package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.data.Modality;
import io.latefusion.report.SummaryTable;
import io.latefusion.testing.Fixtures;
import io.latefusion.train.EpochRecord;
import io.latefusion.train.RobustnessCurve;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentRunnerTest {

    private static ExperimentConfig config(String... sets) {
        List<String> overrides = new ArrayList<>(Fixtures.TINY_CELL);
        overrides.addAll(List.of(sets));
        return ConfigLoader.load(Path.of("configs/avmnist-quick.yaml"), overrides);
    }

    @Test
    void missingRatesEncoderModesAndRobustnessReachTheResults(@TempDir Path root) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ExperimentRunner runner = new ExperimentRunner(root, new PrintStream(log, true));
        ExperimentSummary summary = runner.run(config("train.missing={audio: 0.5}",
                "variants=[{name: scratch}, {name: mixed, pretrained_encoders: {audio: auto, image: auto},"
                        + " encoder_training: {audio: {mode: freeze}, image: {lr_multiplier: 0.1}}}]"));

        VariantResult scratch = summary.variants().get(0);
        VariantResult mixed = summary.variants().get(1);
        assertThat(scratch.encoderTraining()).isEmpty();
        assertThat(mixed.encoderTraining()).containsOnlyKeys("audio", "image");
        assertThat(mixed.encoderTraining().get("audio").frozen()).isTrue();
        assertThat(mixed.encoderTraining().get("image").lrMultiplier()).isEqualTo(0.1);
        MissingRate audio = scratch.trainMissing().get("audio");
        assertThat(audio.configured()).isEqualTo(0.5);
        assertThat(audio.realised()).isCloseTo(0.5, within(0.1));
        for (VariantResult v : summary.variants()) {
            assertThat(v.robustness()).containsOnlyKeys("audio", "image");
            RobustnessCurve curve = v.robustness().get("audio");
            assertThat(curve.rates()).hasSize(11);
            assertThat(curve.scores().get(0)).isEqualTo(v.testBest().metric("AI", "accuracy"));
        }

        Path folder = runner.folder(summary).resolve("variants/scratch");
        JsonNode epochs = Mappers.json().readTree(folder.resolve("epoch_metrics.json").toFile());
        assertThat(epochs).hasSize(2);
        for (JsonNode epoch : epochs) {
            assertThat(epoch.at("/train/missing_rate/audio").asDouble()).isCloseTo(0.5, within(0.15));
            assertThat(epoch.at("/train/missing_rate/image").asDouble()).isZero();
            assertThat(epoch.at("/validation").has("missing_rate")).isFalse();
        }
        EpochRecord[] records = Mappers.json().readValue(folder.resolve("epoch_metrics.json").toFile(),
                EpochRecord[].class);
        assertThat(records[1].train().missingRate()).containsOnlyKeys(Modality.AUDIO, Modality.IMAGE);
        assertThat(records[1].train().missingRate().get(Modality.AUDIO))
                .isEqualTo(epochs.get(1).at("/train/missing_rate/audio").asDouble());
        assertThat(records[1].train().subsets()).containsOnlyKeys("AI");
        JsonNode result = Mappers.json().readTree(folder.resolve("result.json").toFile());
        assertThat(result.at("/robustness/image/scores")).hasSize(11);
        assertThat(result.at("/robustness/image/metric").asText()).isEqualTo("accuracy");
        assertThat(result.at("/train_missing/audio/configured").asDouble()).isEqualTo(0.5);
        VariantResult read = Mappers.json().readValue(folder.resolve("result.json").toFile(), VariantResult.class);
        assertThat(read.robustness()).isEqualTo(scratch.robustness());
        assertThat(read.testBest()).isEqualTo(scratch.testBest());
        assertThat(log.toString()).contains("[scratch] epoch  1/2  train loss").contains("missing audio 0.")
                .contains("robustness, test accuracy area / relative");

        String table = SummaryTable.render(summary);
        assertThat(table).contains("| audio encoder training | — | freeze |")
                .contains("| image encoder training | — | finetune × 0.1 |")
                .contains("| training missing rate audio (configured / realised) | 0.5000 / ")
                .contains("| test robustness, audio missing 0→1: accuracy area / relative | ")
                .contains("| test robustness, image missing 0→1: accuracy area / relative | ");
    }

    @Test
    void missingRatesTheDataCannotTakeStopTheRunBeforeAnythingIsWritten(@TempDir Path root) {
        ExperimentRunner runner = new ExperimentRunner(root, new PrintStream(OutputStream.nullOutputStream()));
        assertThatThrownBy(() -> runner.run(config("train.missing={audio: 1.0, image: 1.0}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("train.missing: {audio: 1.0, image: 1.0}");
        assertThatThrownBy(() -> runner.run(config("train.missing={text: 0.2}")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("train.missing.text: 0.2").hasMessageContaining("avmnist");
        assertThat(root).isEmptyDirectory();
    }

    @Test
    void aResultWrittenBeforeEncoderTrainingAndRobustnessStillReads(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("result.json");
        Files.writeString(old, """
                {"variant": "pretrained", "dataset": "avmnist", "layout": "synthetic", "seed": 42,
                 "data_fingerprint": "f00d", "missing_representation": "zero_embedding", "freeze": false,
                 "pretrained_encoders": {}, "epochs_run": 1, "best_epoch": 1, "select_by": "loss",
                 "stop_reason": "epoch cap 1 reached",
                 "epoch_one": {"loss": 1.0, "AI": {"accuracy": 0.5}, "timing": {"total_time": 1, "avg_batch_time": 0.1}},
                 "test_best": {"loss": 1.0, "AI": {"accuracy": 0.5}, "timing": {"total_time": 1, "avg_batch_time": 0.1}},
                 "test_final": {"loss": 1.0, "AI": {"accuracy": 0.5}, "timing": {"total_time": 1, "avg_batch_time": 0.1}},
                 "convergence": {"metric": "accuracy", "subset": "AI", "target": 0.9},
                 "cost": {"pretrain": {}, "pretrain_total": 0, "train": 1, "test": 1, "total": 1},
                 "test_checkpoint": "…"}
                """);
        VariantResult result = Mappers.json().readValue(old.toFile(), VariantResult.class);
        assertThat(result.encoderTraining()).isEmpty();
        assertThat(result.trainMissing()).isEmpty();
        assertThat(result.robustness()).isEmpty();
        assertThat(result.testBest().missingRate()).isEmpty();
        assertThat(result.testBest().metric("AI", "accuracy")).isEqualTo(0.5);
    }
}
