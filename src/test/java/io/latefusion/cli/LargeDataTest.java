package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.data.format.NpyWriter;
import io.latefusion.data.format.NumpyArray;
import io.latefusion.testing.ChildJvm;
import io.latefusion.testing.ResultFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data larger than the heap: a mapped MultiBench file trains in a JVM whose heap is smaller than it. */
class LargeDataTest {

    private static final String CHILD_HEAP = "-Xmx96m";
    private static final int TRAIN_ROWS = 2600;
    private static final int TEST_ROWS = 100;
    private static final int AUDIO_SIZE = 112 * 112;

    @Test
    void aMultibenchAudioFileLargerThanTheHeapTrainsOneEpoch(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("mb");
        writeSplit(data, "train", TRAIN_ROWS);
        writeSplit(data, "test", TEST_ROWS);
        assertThat(Files.size(data.resolve("audio/train_data.npy"))).isGreaterThan(130_000_000L);

        Path out = dir.resolve("results");
        List<String> args = new ArrayList<>(List.of("experiment", "configs/avmnist-quick.yaml", "--out", out.toString()));
        for (String set : List.of("data.layout=multibench", "data.path=" + data, "data.multibench.validation_size=200",
                "train.epochs=1", "pretrain.epochs=1", "model.encoders.audio.channels=4",
                "model.encoders.image.channels=4")) {
            args.addAll(List.of("--set", set));
        }
        ChildJvm child = ChildJvm.start(dir.resolve("child.log"), List.of(CHILD_HEAP), args);
        int code = child.exitCode();
        String log = child.log();
        assertThat(code).as(log).isZero();
        assertThat(log).doesNotContain("OutOfMemoryError");
        Path run = ResultFiles.folders(out).get(0);
        assertThat(run.resolve("summary.json")).isRegularFile();
        assertThat(run.resolve("variants/pretrained/epoch_metrics.json")).isRegularFile();
    }

    @Test
    void dataTheHeapCannotHoldIsOneLineNamingTheDataSetItsShapeAndTheRemedy(@TempDir Path out) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.execute("experiment", "configs/avmnist-quick.yaml", "--out", out.toString(),
                    "--set", "data.synthetic.train=170000");
        } finally {
            System.setErr(err);
        }
        assertThat(code).isEqualTo(2);
        String message = captured.toString(StandardCharsets.UTF_8);
        assertThat(message.strip().lines()).hasSize(1);
        assertThat(message).startsWith("error: data set avmnist (synthetic layout)")
                .contains("[170000, 1, 112, 112] float32 (").contains("-Xmx")
                .contains("--set data.synthetic.train=N");
    }

    /** {@code <split>_labels.npy}, {@code image/<split>_data.npy} and {@code audio/<split>_data.npy} (streamed). */
    private static void writeSplit(Path folder, String split, int rows) throws IOException {
        Files.createDirectories(folder.resolve("audio"));
        Files.createDirectories(folder.resolve("image"));
        long[] labels = new long[rows];
        float[] images = new float[rows * 784];
        for (int i = 0; i < rows; i++) {
            labels[i] = i % 10;
            images[i * 784 + (i % 10) * 78] = 255f;
        }
        NpyWriter.write(folder.resolve(split + "_labels.npy"), NumpyArray.ofLongs(labels, rows));
        NpyWriter.write(folder.resolve("image").resolve(split + "_data.npy"), NumpyArray.ofFloats(images, rows, 784));
        try (OutputStream os = Files.newOutputStream(folder.resolve("audio").resolve(split + "_data.npy"))) {
            os.write(header("{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", 112, 112), }"));
            ByteBuffer row = ByteBuffer.allocate(AUDIO_SIZE * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < rows; i++) {
                row.clear();
                for (int k = 0; k < AUDIO_SIZE; k++) {
                    row.putFloat(k / 112 == (i % 10) * 11 ? 255f : (k * 31 + i) % 256);
                }
                os.write(row.array());
            }
        }
    }

    /** A version-1 .npy header holding {@code dict}, padded to 64 bytes. */
    private static byte[] header(String dict) {
        int total = ((10 + dict.length() + 1 + 63) / 64) * 64;
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) (total - 10));
        out.put(dict.getBytes(StandardCharsets.ISO_8859_1));
        while (out.position() < total - 1) {
            out.put((byte) ' ');
        }
        return out.put((byte) '\n').array();
    }
}
