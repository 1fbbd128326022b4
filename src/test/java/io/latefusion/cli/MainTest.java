package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Mappers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final String[] TINY = {
        "--set", "data.synthetic.train=120", "--set", "data.synthetic.validation=40",
        "--set", "data.synthetic.test=40", "--set", "data.synthetic.audio_size=28",
        "--set", "model.encoders.audio.channels=4", "--set", "model.encoders.image.channels=4",
        "--set", "train.epochs=2", "--set", "pretrain.epochs=1", "--set", "train.batch_size=32",
        "--set", "pretrain.batch_size=32"};

    private static String[] args(Path out, String config, String... extra) {
        List<String> all = new java.util.ArrayList<>(List.of("experiment", config, "--out", out.toString()));
        all.addAll(List.of(TINY));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    private static List<Path> runs(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.toList();
        }
    }

    @Test
    void theQuickConfigRunsEndToEndAndWritesEveryRecord(@TempDir Path out) throws Exception {
        int code = Main.execute(args(out, "configs/avmnist-quick.yaml"));
        assertThat(code).isZero();
        List<Path> runs = runs(out);
        assertThat(runs).hasSize(1);
        Path run = runs.get(0);
        assertThat(run.resolve("config.yaml")).isRegularFile();
        assertThat(run.resolve("summary.md")).content().contains("scratch").contains("pretrained")
                .contains("epoch-1 validation accuracy").contains("pre-training audio");
        JsonNode epochs = Mappers.json().readTree(run.resolve("variants/pretrained/epoch_metrics.json").toFile());
        assertThat(epochs.size()).isEqualTo(2);
        JsonNode first = epochs.get(0);
        assertThat(first.get("epoch").asInt()).isEqualTo(1);
        assertThat(first.at("/train/loss").isNumber()).isTrue();
        assertThat(first.at("/train/AI/accuracy").isNumber()).isTrue();
        assertThat(first.at("/train/timing/total_time").isNumber()).isTrue();
        assertThat(first.at("/validation/A/f1_macro").isNumber()).isTrue();
        assertThat(first.at("/test/I/f1_weighted").isNumber()).isTrue();
        JsonNode result = Mappers.json().readTree(run.resolve("variants/pretrained/result.json").toFile());
        assertThat(result.at("/seed").asLong()).isEqualTo(42);
        assertThat(result.at("/pretrained_encoders/audio/path").asText()).endsWith("encoder_audio_best.params");
        assertThat(result.at("/cost/total").asDouble()).isGreaterThan(result.at("/cost/train").asDouble());
        assertThat(run.resolve("pretrain/avmnist_AudioEncoder_Pretrain/models/encoder_audio_best.params")).isRegularFile();

        // a second run is a new folder, and reuses the encoders pre-trained by the first
        assertThat(Main.execute(args(out, "configs/avmnist-quick.yaml"))).isZero();
        assertThat(runs(out)).hasSize(2);
        Path second = runs(out).stream().filter(p -> !p.equals(run)).findFirst().orElseThrow();
        JsonNode reused = Mappers.json().readTree(second.resolve("variants/pretrained/result.json").toFile());
        assertThat(reused.at("/pretrained_encoders/image/reused").asBoolean()).isTrue();
    }

    @Test
    void badInputExitsNonZeroWithOneLineAndWritesNothing(@TempDir Path out) throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true));
            assertThat(Main.execute(args(out, "configs/avmnist-quick.yaml", "--set", "train.epochs=-2"))).isEqualTo(2);
            assertThat(Main.execute(args(out, "configs/avmnist-quick.yaml", "--set", "train.epohcs=2"))).isEqualTo(2);
            assertThat(Main.execute(args(out, "configs/avmnist-quick.yaml", "--set", "data.layout=thesis",
                    "--set", "data.path=" + out.resolve("absent")))).isEqualTo(2);
            assertThat(Main.execute(args(out, out.resolve("missing.yaml").toString()))).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        String messages = captured.toString();
        assertThat(messages).contains("epochs: -2").contains("train.epohcs").contains("absent").contains("missing.yaml");
        assertThat(runs(out)).isEmpty();
    }
}
