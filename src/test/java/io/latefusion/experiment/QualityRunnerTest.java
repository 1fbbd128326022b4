package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityRunnerTest {

    @Test
    void cellsTrainToTheirCapAndShareTheEncodersTheyHaveInCommon(@TempDir Path root) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<ExperimentSummary> summaries = new QualityRunner(root, new PrintStream(log, true)).run(List.of(
                new Cell("avmnist", "all", "concat", "quick"),
                new Cell("avmnist", "A", "concat", "quick")), Fixtures.TINY_CELL);

        assertThat(summaries).hasSize(2);
        VariantResult all = summaries.get(0).variants().get(0);
        VariantResult audioOnly = summaries.get(1).variants().get(0);
        assertThat(all.variant()).isEqualTo("avmnist-all-concat-quick");
        assertThat(all.epochsRun()).isEqualTo(2);
        assertThat(all.pretrainedEncoders()).containsOnlyKeys("audio", "image");
        assertThat(all.pretrainedEncoders().get("audio").reused()).isFalse();
        // the second cell asks for the same audio encoder: found in the first cell's folder, not trained again
        assertThat(audioOnly.pretrainedEncoders()).containsOnlyKeys("audio");
        PretrainUse reused = audioOnly.pretrainedEncoders().get("audio");
        assertThat(reused.reused()).isTrue();
        assertThat(reused.path()).isEqualTo(all.pretrainedEncoders().get("audio").path());
        assertThat(reused.seconds()).isEqualTo(all.pretrainedEncoders().get("audio").seconds());
        assertThat(audioOnly.cost().pretrainTotal()).isEqualTo(reused.seconds());
        assertThat(log.toString()).containsOnlyOnce("[pretrain audio] epoch  1/1");
        try (var files = Files.walk(root)) {
            assertThat(files.filter(p -> p.toString().endsWith("encoder_audio_best.params"))).hasSize(1);
        }
    }
}
