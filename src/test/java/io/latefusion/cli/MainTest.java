package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.data.format.NpyWriter;
import io.latefusion.data.format.NumpyArray;
import io.latefusion.experiment.Mappers;
import io.latefusion.testing.Fixtures;
import io.latefusion.testing.ResultFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static String[] args(Path out, String config, String... extra) {
        List<String> all = new java.util.ArrayList<>(List.of("experiment", config, "--out", out.toString()));
        Fixtures.TINY_CELL.forEach(set -> all.addAll(List.of("--set", set)));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    private static List<Path> runs(Path out) throws Exception {
        return ResultFiles.folders(out);
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
        assertThat(result.at("/pooling/type").asText()).isEqualTo("concat");
        assertThat(result.at("/pooling/missing_policy").asText()).isEqualTo("zero");
        assertThat(result.at("/pooling/flops").asLong()).isZero();
        assertThat(result.at("/test_checkpoint").asText()).contains("test_best");
        assertThat(run.resolve("pretrain/avmnist_AudioEncoder_Pretrain/models/encoder_audio_best.params")).isRegularFile();

        // a second run is a new folder, and reuses the encoders pre-trained by the first
        assertThat(Main.execute(args(out, "configs/avmnist-quick.yaml"))).isZero();
        assertThat(runs(out)).hasSize(2);
        Path second = runs(out).stream().filter(p -> !p.equals(run)).findFirst().orElseThrow();
        JsonNode reused = Mappers.json().readTree(second.resolve("variants/pretrained/result.json").toFile());
        assertThat(reused.at("/pretrained_encoders/image/reused").asBoolean()).isTrue();
    }

    @Test
    void pretrainMakesOnlyTheEncodersAndALaterExperimentReusesThem(@TempDir Path out) throws Exception {
        List<String> pretrain = new java.util.ArrayList<>(List.of(args(out, "configs/avmnist-quick.yaml")));
        pretrain.set(0, "pretrain");
        assertThat(Main.execute(pretrain.toArray(String[]::new))).isZero();
        Path run = runs(out).get(0);
        assertThat(run.resolve("pretrain/avmnist_AudioEncoder_Pretrain/models/encoder_audio_best.params")).isRegularFile();
        assertThat(run.resolve("pretrain/avmnist_ImageEncoder_Pretrain/models/encoder_image_best.params")).isRegularFile();
        assertThat(run.resolve("variants")).doesNotExist();
        assertThat(run.resolve("summary.json")).doesNotExist();

        assertThat(Main.execute(args(out, "configs/avmnist-quick.yaml"))).isZero();
        Path experiment = runs(out).stream().filter(p -> !p.equals(run)).findFirst().orElseThrow();
        JsonNode result = Mappers.json().readTree(experiment.resolve("variants/pretrained/result.json").toFile());
        assertThat(result.at("/pretrained_encoders/audio/reused").asBoolean()).isTrue();
        assertThat(result.at("/pretrained_encoders/image/reused").asBoolean()).isTrue();
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

    @Test
    void theRealThesisSampleTrains(@TempDir Path out) throws Exception {
        Path sample = Path.of("../shared/data/avmnist-thesis-sample");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(sample), "no ../shared sample here");
        assertThat(Main.execute(args(out, "configs/avmnist-quick.yaml", "--set", "data.layout=thesis",
                "--set", "data.path=" + sample, "--set", "train.epochs=1"))).isZero();
        JsonNode result = Mappers.json().readTree(runs(out).get(0).resolve("variants/scratch/result.json").toFile());
        assertThat(result.at("/layout").asText()).isEqualTo("thesis");
        assertThat(result.at("/test_best/AI/accuracy").isNumber()).isTrue();
    }

    @Test
    void aMultibenchFolderTrains(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("avmnist");
        java.util.Random random = new java.util.Random(3);
        for (String split : List.of("train", "test")) {
            int n = split.equals("train") ? 64 : 24;
            byte[] image = new byte[n * 784];
            byte[] audio = new byte[n * 112 * 112];
            long[] labels = new long[n];
            random.nextBytes(image);
            random.nextBytes(audio);
            for (int i = 0; i < n; i++) {
                labels[i] = i % 10;
            }
            NpyWriter.write(Files.createDirectories(data.resolve("image")).resolve(split + "_data.npy"),
                    NumpyArray.ofUnsignedBytes(image, n, 784));
            NpyWriter.write(Files.createDirectories(data.resolve("audio")).resolve(split + "_data.npy"),
                    NumpyArray.ofUnsignedBytes(audio, n, 112, 112));
            NpyWriter.write(data.resolve(split + "_labels.npy"), NumpyArray.ofLongs(labels, n));
        }
        Path out = dir.resolve("results");
        assertThat(Main.execute(args(out, "configs/avmnist-quick.yaml", "--set", "data.layout=multibench",
                "--set", "data.path=" + data, "--set", "data.multibench.validation_size=16"))).isZero();
        JsonNode epochs = Mappers.json().readTree(runs(out).get(0).resolve("variants/pretrained/epoch_metrics.json")
                .toFile());
        assertThat(epochs.get(0).at("/validation/A/accuracy").isNumber()).isTrue();
        assertThat(Files.readString(runs(out).get(0).resolve("summary.md"))).contains("| pretrained |");
    }

    @Test
    void benchmarkParametersAreCheckedBeforeAnyForkStarts(@TempDir Path dir) throws Exception {
        List<Path> before = runs(Path.of("results"));
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true));
            assertThat(Main.execute("-p", "dataset=foo", "trainStep")).isEqualTo(2);
            assertThat(Main.execute("-p", "pretrain=Z", "-f", "1", "trainStep")).isEqualTo(2);
            assertThat(Main.execute("-p", "scale=huge", "trainStep")).isEqualTo(2);
            assertThat(Main.execute("compare", dir.resolve("a.json").toString(), dir.resolve("b.json").toString()))
                    .isEqualTo(2);
            assertThat(Main.execute("report", dir.resolve("nothing").toString())).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString())
                .contains("Invalid dataset 'foo'").contains("avmnist")
                .contains("Invalid pretrain mask 'Z'").contains("A_Scratch")
                .contains("Invalid scale 'huge'").contains("quick, full")
                .contains("a.json").contains("nothing");
        assertThat(runs(Path.of("results"))).isEqualTo(before);
    }
}
