package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.data.format.NpyWriter;
import io.latefusion.data.format.NumpyArray;
import io.latefusion.testing.ResultFiles;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-data corpus of the {@code .npy} layout (MultiBench AVMNIST) through the real command line:
 * each case breaks one file of a valid folder; the run exits 2 with one line naming the file and what
 * was expected, and leaves no result folder.
 */
class BadNpyCorpusTest {

    private static final int TRAIN = 24;
    private static final int TEST = 8;

    @TempDir
    Path dir;
    private Path data;

    @BeforeEach
    void validFolder() {
        data = dir.resolve("avmnist");
        write("train", TRAIN);
        write("test", TEST);
    }

    private void write(String split, int n) {
        byte[] image = new byte[n * 784];
        byte[] audio = new byte[n * 112 * 112];
        long[] labels = new long[n];
        Arrays.fill(image, (byte) 7);
        for (int i = 0; i < n; i++) {
            labels[i] = i % 10;
        }
        NpyWriter.write(file("image/" + split + "_data.npy"), NumpyArray.ofUnsignedBytes(image, n, 784));
        NpyWriter.write(file("audio/" + split + "_data.npy"), NumpyArray.ofUnsignedBytes(audio, n, 112, 112));
        NpyWriter.write(file(split + "_labels.npy"), NumpyArray.ofLongs(labels, n));
    }

    private Path file(String name) {
        Path file = data.resolve(name);
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    /** A version-1 {@code .npy} file with exactly this header dict and body. */
    private static void npy(Path file, String descr, boolean fortran, String shape, byte[] body) throws Exception {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': "
                + shape + ", }";
        int total = (10 + dict.length() + 1 + 63) / 64 * 64;
        StringBuilder header = new StringBuilder(dict);
        while (10 + header.length() + 1 < total) {
            header.append(' ');
        }
        header.append('\n');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0,
            (byte) (header.length() & 0xFF), (byte) (header.length() >> 8)});
        out.write(header.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        Files.write(file, out.toByteArray());
    }

    private CliRun run() {
        return CliRun.of(CliRun.experiment(dir.resolve("results"), "configs/avmnist-quick.yaml",
                "--set", "data.layout=multibench", "--set", "data.path=" + data,
                "--set", "data.multibench.validation_size=8"));
    }

    private void assertRefused(String... fragments) throws Exception {
        run().assertBadInput(fragments);
        assertThat(ResultFiles.folders(dir.resolve("results"))).isEmpty();
    }

    @Test
    void theValidFolderLoads() throws Exception {
        // the control: every case below breaks exactly one thing of this folder
        CliRun.of(CliRun.experiment(dir.resolve("results"), "configs/avmnist-quick.yaml",
                "--set", "data.layout=multibench", "--set", "data.path=" + data,
                "--set", "data.multibench.validation_size=8", "--set", "train.epochs=1",
                "--set", "variants=[{name: scratch}]"));
        assertThat(ResultFiles.folders(dir.resolve("results"))).hasSize(1);
        assertThat(ResultFiles.folders(dir.resolve("results")).get(0).resolve("summary.json")).isRegularFile();
    }

    @Test
    void missingFolderOrFile() throws Exception {
        data = dir.resolve("absent");
        assertRefused("absent is not a folder", "expected one holding train_labels.npy");
        data = dir.resolve("avmnist");
        Files.delete(data.resolve("test_labels.npy"));
        assertRefused("test_labels.npy does not exist", "expected a .npy file");
    }

    @Test
    void truncatedFile() throws Exception {
        Path audio = data.resolve("audio/train_data.npy");
        byte[] bytes = Files.readAllBytes(audio);
        Files.write(audio, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused("audio/train_data.npy", "is truncated", "needs " + TRAIN * 112 * 112 + " data bytes");
    }

    @Test
    void headerClaimingAHugeShapeIsRefusedBeforeAllocating() throws Exception {
        // 1e12 elements: a mapped body could hold it, this file's 784 bytes cannot; refused before mapping
        npy(data.resolve("image/train_data.npy"), "|u1", false, "(1000000, 1000000)", new byte[784]);
        assertRefused("image/train_data.npy", "[1000000, 1000000]", "is truncated",
                "needs 1000000000000 data bytes, found 784");
        npy(data.resolve("image/train_data.npy"), "|u1", false, "(2, 4611686018427387904)", new byte[784]);
        assertRefused("image/train_data.npy", "[2, 4611686018427387904]", "more bytes than any file can hold");
        npy(data.resolve("image/train_data.npy"), "<f4", false, "(100000, 784)", new byte[784]);
        assertRefused("image/train_data.npy", "is truncated", "needs 313600000 data bytes, found 784");
    }

    @Test
    void wrongDtype() throws Exception {
        npy(data.resolve("image/train_data.npy"), "<c8", false, "(" + TRAIN + ", 784)", new byte[TRAIN * 784 * 8]);
        assertRefused("image/train_data.npy", "dtype '<c8'", "expected one of");
        NpyWriter.write(data.resolve("train_labels.npy"), NumpyArray.ofFloats(new float[TRAIN], TRAIN));
        write("test", TEST);
        npy(data.resolve("image/train_data.npy"), "|u1", false, "(" + TRAIN + ", 784)", new byte[TRAIN * 784]);
        assertRefused("train_labels.npy", "FLOAT32", "expected integer labels");
    }

    @Test
    void wrongRankOrShape() throws Exception {
        NpyWriter.write(data.resolve("image/train_data.npy"),
                NumpyArray.ofUnsignedBytes(new byte[TRAIN * 27 * 27], TRAIN, 27, 27));
        assertRefused("image/train_data.npy", "[24, 27, 27]", "expected N×784 or N×28×28");
        NpyWriter.write(data.resolve("image/train_data.npy"), NumpyArray.ofUnsignedBytes(new byte[TRAIN * 784],
                TRAIN * 784));
        assertRefused("image/train_data.npy", "[18816]", "expected N×784 or N×28×28");
        NpyWriter.write(data.resolve("image/train_data.npy"), NumpyArray.ofUnsignedBytes(new byte[20 * 784], 20, 784));
        assertRefused("image/train_data.npy", "has 20 rows", "train_labels.npy has 24");
    }

    @Test
    void fortranOrderIsRefused() throws Exception {
        npy(data.resolve("image/train_data.npy"), "|u1", true, "(" + TRAIN + ", 784)", new byte[TRAIN * 784]);
        assertRefused("image/train_data.npy", "Fortran order", "expected C order");
    }

    @Test
    void labelsOutOfRange() throws Exception {
        long[] labels = new long[TEST];
        labels[3] = 10;
        NpyWriter.write(data.resolve("test_labels.npy"), NumpyArray.ofLongs(labels, TEST));
        assertRefused("test_labels.npy", "label 10 at row 3", "expected 0..9");
    }

    @Test
    void nanOrInfinityInTheInputs() throws Exception {
        float[] image = new float[TRAIN * 784];
        image[5 * 784 + 17] = Float.NaN;
        NpyWriter.write(data.resolve("image/train_data.npy"), NumpyArray.ofFloats(image, TRAIN, 784));
        assertRefused(data.toString(), "train split, image input: sample 5 holds NaN at value 17",
                "expected finite numbers");
        image[5 * 784 + 17] = 0;
        NpyWriter.write(data.resolve("image/train_data.npy"), NumpyArray.ofFloats(image, TRAIN, 784));
        float[] audio = new float[TEST * 112 * 112];
        audio[2 * 112 * 112] = Float.NEGATIVE_INFINITY;
        NpyWriter.write(data.resolve("audio/test_data.npy"), NumpyArray.ofFloats(audio, TEST, 112, 112));
        assertRefused(data.toString(), "test split, audio input: sample 2 holds -Infinity at value 0");
    }

    @Test
    void emptySplit() throws Exception {
        write("test", 0);
        assertRefused(data.toString(), "test split has no samples", "expected at least one");
    }
}
