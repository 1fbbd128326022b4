package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.testing.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad-config corpus through the real command line: exit 2, one line naming file, key and expectation. */
class BadConfigCorpusTest {

    private static final String QUICK = "configs/avmnist-quick.yaml";

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("results");
    }

    private Path config(String yaml) throws Exception {
        return Files.writeString(dir.resolve("bad.yaml"), yaml);
    }

    private void assertNothingWritten() throws Exception {
        assertThat(ResultFiles.folders(out())).isEmpty();
    }

    @Test
    void malformedYaml() throws Exception {
        Path bad = config("name: x\ntrain: {epochs: 3\n");
        CliRun.of(CliRun.experiment(out(), bad.toString())).assertBadInput("bad.yaml", "malformed YAML", "line 2",
                "expected ',' or '}'");
        assertNothingWritten();
    }

    @Test
    void unknownKeySuggestsTheNearestKnownOne() throws Exception {
        CliRun.of(CliRun.experiment(out(), QUICK, "--set", "train.epohcs=2"))
                .assertBadInput("avmnist-quick.yaml", "train.epohcs", "did you mean train.epochs?");
        Path bad = config("name: x\ntrain:\n  learnig_rate: 0.1\n");
        CliRun.of(CliRun.experiment(out(), bad.toString()))
                .assertBadInput("bad.yaml", "train.learnig_rate", "did you mean train.learning_rate?");
        assertNothingWritten();
    }

    @Test
    void wrongType() throws Exception {
        Path bad = config("name: x\ntrain: {epochs: ten}\n");
        CliRun.of("experiment", bad.toString(), "--out", out().toString())
                .assertBadInput("bad.yaml", "train.epochs", "ten");
        CliRun.of(CliRun.experiment(out(), QUICK, "--set", "train.epochs=ten"))
                .assertBadInput("avmnist-quick.yaml", "train.epochs", "ten");
        assertNothingWritten();
    }

    @Test
    void outOfRangeValues() throws Exception {
        CliRun.of(CliRun.experiment(out(), QUICK, "--set", "train.learning_rate=-1"))
                .assertBadInput("avmnist-quick.yaml", "learning_rate", "-1");
        CliRun.of(CliRun.experiment(out(), QUICK, "--set", "train.epochs=0"))
                .assertBadInput("avmnist-quick.yaml", "epochs", "0");
        CliRun.of(CliRun.experiment(out(), QUICK, "--set", "train.missing.audio=1.5"))
                .assertBadInput("avmnist-quick.yaml", "missing", "1.5");
        CliRun.of(CliRun.experiment(out(), QUICK, "--set", "train.batch_size=0"))
                .assertBadInput("avmnist-quick.yaml", "batch_size", "0");
        assertNothingWritten();
    }

    @Test
    void gridAxisWithAnUnknownKey() throws Exception {
        Path bad = config("name: x\ngrid:\n  train.epohcs: [1, 2]\n");
        CliRun.of(CliRun.experiment(out(), bad.toString()))
                .assertBadInput("bad.yaml", "train.epohcs", "did you mean train.epochs?");
        assertNothingWritten();
    }

    @Test
    void emptyGrid() throws Exception {
        CliRun.of(CliRun.experiment(out(), config("name: x\ngrid: {}\n").toString()))
                .assertBadInput("bad.yaml", "grid", "expected");
        CliRun.of(CliRun.experiment(out(), config("name: x\ngrid:\n  pretrain: []\n").toString()))
                .assertBadInput("bad.yaml", "grid.pretrain", "non-empty list");
        assertNothingWritten();
    }

    @Test
    void maskLetterTheDataSetHasNoModalityFor() throws Exception {
        CliRun.of(CliRun.experiment(out(), config("name: x\ngrid:\n  pretrain: [none, T]\n").toString()))
                .assertBadInput("bad.yaml", "grid.pretrain", "'T'", "it has AI");
        CliRun.of(CliRun.experiment(out(), config("name: x\ngrid:\n  pretrain: [Z]\n").toString()))
                .assertBadInput("bad.yaml", "grid.pretrain", "'Z'");
        CliRun.of(CliRun.experiment(out(), QUICK, "--set", "variants.0.pretrained_encoders={text: auto}"))
                .assertBadInput("avmnist-quick: variants.scratch.pretrained_encoders", "no text modality");
        assertNothingWritten();
    }

    @Test
    void verbosePrintsTheStackTraceAfterTheSameLine() throws Exception {
        String[] plain = CliRun.experiment(out(), QUICK, "--set", "train.epohcs=2");
        String line = CliRun.of(plain).assertBadInput("train.epohcs");
        for (CliRun verbose : new CliRun[] {
            CliRun.of(java.util.stream.Stream.concat(java.util.Arrays.stream(plain), java.util.stream.Stream.of("--verbose"))
                    .toArray(String[]::new)),
            CliRun.of(java.util.stream.Stream.concat(java.util.stream.Stream.of("--verbose"), java.util.Arrays.stream(plain))
                    .toArray(String[]::new))}) {
            assertThat(verbose.code()).isEqualTo(2);
            assertThat(verbose.stderr().lines().findFirst()).contains(line);
            assertThat(verbose.stderr()).contains("ConfigException").contains("\tat io.latefusion.experiment.ConfigLoader");
        }
        assertNothingWritten();
    }

    @Test
    void aMessageOfSeveralLinesIsPrintedAsOne() {
        assertThat(io.latefusion.experiment.ErrorLine.of(new io.latefusion.data.DataException("x.npy: header\n  {'descr': '<f4'}\r\n")))
                .isEqualTo("x.npy: header {'descr': '<f4'}");
    }
}
