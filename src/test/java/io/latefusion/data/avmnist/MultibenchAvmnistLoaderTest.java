package io.latefusion.data.avmnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.DataException;
import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.format.NpyWriter;
import io.latefusion.data.format.NumpyArray;
import io.latefusion.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultibenchAvmnistLoaderTest {

    @TempDir
    Path dir;

    @Test
    void splitsTheLastTrainingRowsIntoValidationAndScalesBy255() throws IOException {
        write(30, 10, 30);
        MultimodalDataset data = MultibenchAvmnistLoader.load(dir, new MultibenchAvmnistOptions(5));
        assertThat(data.name()).isEqualTo("avmnist");
        assertThat(data.modalities().name()).isEqualTo("AI");
        assertThat(data.split(Split.TRAIN).size()).isEqualTo(25);
        assertThat(data.split(Split.VALIDATION).size()).isEqualTo(5);
        assertThat(data.split(Split.TEST).size()).isEqualTo(10);
        assertThat(data.sampleShape(Modality.IMAGE)).containsExactly(1, 28, 28);
        assertThat(data.sampleShape(Modality.AUDIO)).containsExactly(1, 112, 112);
        assertThat(data.split(Split.VALIDATION).labels().classes()).containsExactly(5, 6, 7, 8, 9);
        // Row r of a file is filled with (r * 7) % 256 (image) or (r * 11) % 256 (audio).
        float[] image = Fixtures.values(data.split(Split.VALIDATION).input(Modality.IMAGE));
        assertThat(image[0]).isEqualTo((25 * 7) / 255f);
        float[] audio = Fixtures.values(data.split(Split.TEST).input(Modality.AUDIO));
        assertThat(audio[112 * 112 * 9 + 5]).isEqualTo((9 * 11) / 255f);
        assertThat(Fixtures.values(data.split(Split.TRAIN).input(Modality.AUDIO))[112 * 112 * 24]).isEqualTo((24 * 11) % 256 / 255f);
    }

    @Test
    void acceptsImagesShapedNBy28By28() throws IOException {
        write(12, 4, 12);
        float[] images = new float[12 * 784];
        images[784 * 11 + 783] = 255;
        NpyWriter.write(dir.resolve("image/train_data.npy"), NumpyArray.ofFloats(images, 12, 28, 28));
        MultimodalDataset data = MultibenchAvmnistLoader.load(dir, new MultibenchAvmnistOptions(2));
        assertThat(Fixtures.values(data.split(Split.VALIDATION).input(Modality.IMAGE))[784 + 783]).isEqualTo(1f);
    }

    @Test
    void namesBothFilesWhenRowCountsDiffer() throws IOException {
        write(30, 10, 29);
        assertThatThrownBy(() -> MultibenchAvmnistLoader.load(dir, new MultibenchAvmnistOptions(5)))
                .isInstanceOf(DataException.class).hasMessageContaining("audio/train_data.npy has 29 rows")
                .hasMessageContaining("train_labels.npy has 30");
    }

    @Test
    void refusesAValidationSplitAsLargeAsTraining() throws IOException {
        write(30, 10, 30);
        assertThatThrownBy(() -> MultibenchAvmnistLoader.load(dir, new MultibenchAvmnistOptions(30)))
                .isInstanceOf(DataException.class).hasMessageContaining("train_labels.npy")
                .hasMessageContaining("Validation size 30");
        assertThatThrownBy(() -> new MultibenchAvmnistOptions(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid validation size: 0");
    }

    @Test
    void namesBadLabelsAndMissingFiles() throws IOException {
        write(30, 10, 30);
        NpyWriter.write(dir.resolve("test_labels.npy"), NumpyArray.ofLongs(new long[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 10}, 10));
        assertThatThrownBy(() -> MultibenchAvmnistLoader.load(dir, new MultibenchAvmnistOptions(5)))
                .isInstanceOf(DataException.class).hasMessageContaining("test_labels.npy")
                .hasMessageContaining("label 10 at row 9");
        NpyWriter.write(dir.resolve("test_labels.npy"), NumpyArray.ofFloats(new float[10], 10));
        assertThatThrownBy(() -> MultibenchAvmnistLoader.load(dir, new MultibenchAvmnistOptions(5)))
                .isInstanceOf(DataException.class).hasMessageContaining("test_labels.npy")
                .hasMessageContaining("expected integer labels");
        Files.delete(dir.resolve("image/test_data.npy"));
        NpyWriter.write(dir.resolve("test_labels.npy"), NumpyArray.ofLongs(new long[10], 10));
        assertThatThrownBy(() -> MultibenchAvmnistLoader.load(dir, new MultibenchAvmnistOptions(5)))
                .isInstanceOf(DataException.class).hasMessageContaining("test_data.npy")
                .hasMessageContaining("does not exist");
    }

    /** A MultiBench folder: float inputs 0..255 (row r filled with a value of r), labels r % 10. */
    private void write(int train, int test, int audioTrainRows) throws IOException {
        Files.createDirectories(dir.resolve("image"));
        Files.createDirectories(dir.resolve("audio"));
        NpyWriter.write(dir.resolve("image/train_data.npy"), filled(train, 7, 784));
        NpyWriter.write(dir.resolve("image/test_data.npy"), filled(test, 7, 784));
        NpyWriter.write(dir.resolve("audio/train_data.npy"), filled(audioTrainRows, 11, 112, 112));
        NpyWriter.write(dir.resolve("audio/test_data.npy"), filled(test, 11, 112, 112));
        NpyWriter.write(dir.resolve("train_labels.npy"), labels(train));
        NpyWriter.write(dir.resolve("test_labels.npy"), labels(test));
    }

    private static NumpyArray filled(int rows, int factor, long... sample) {
        int size = (int) Arrays.stream(sample).reduce(1, (a, b) -> a * b);
        float[] v = new float[rows * size];
        for (int r = 0; r < rows; r++) {
            Arrays.fill(v, r * size, (r + 1) * size, (r * factor) % 256);
        }
        long[] shape = new long[sample.length + 1];
        shape[0] = rows;
        System.arraycopy(sample, 0, shape, 1, sample.length);
        return NumpyArray.ofFloats(v, shape);
    }

    private static NumpyArray labels(int rows) {
        long[] v = new long[rows];
        for (int r = 0; r < rows; r++) {
            v[r] = r % 10;
        }
        return NumpyArray.ofLongs(v, rows);
    }
}
