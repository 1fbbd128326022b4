package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentRunnerTest {

    @Test
    void aResultWrittenBeforeEncoderTrainingStillReads(@TempDir Path dir) throws Exception {
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
        assertThat(result.testBest().metric("AI", "accuracy")).isEqualTo(0.5);
    }
}
