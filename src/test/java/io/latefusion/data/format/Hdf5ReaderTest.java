package io.latefusion.data.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableDataset;
import io.jhdf.object.message.DataLayout;
import io.latefusion.data.DataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Hdf5ReaderTest {

    @TempDir
    Path dir;

    /** rows × cols floats, value = row * 1000 + col. */
    private static float[][] matrix(int rows, int cols) {
        float[][] m = new float[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m[r][c] = r * 1000 + c;
            }
        }
        return m;
    }

    private Path write(DatasetCreationOptions options) {
        Path file = dir.resolve("m.hdf5");
        try (WritableHdfFile out = HdfFile.write(file)) {
            out.putDataset("features", matrix(300, 7), options);
            WritableDataset genres = out.putDataset("genres", new int[][] {{0, 1}, {1, 1}, {1, 0}});
            genres.putAttribute("target_names", new String[] {"Drama", "Comedy"});
        }
        return file;
    }

    @Test
    void readsRowSlicesOfAContiguousDataset() {
        Path file = write(DatasetCreationOptions.DEFAULT);
        try (Hdf5Reader reader = Hdf5Reader.open(file)) {
            assertThat(reader.shape("features")).containsExactly(300, 7);
            float[] rows = new float[2 + 3 * 7];
            reader.readRows("features", 250, 253, rows, 2);
            assertThat(rows[2]).isEqualTo(250_000f);
            assertThat(rows[2 + 7 + 6]).isEqualTo(251_006f);
            assertThat(rows[rows.length - 1]).isEqualTo(252_006f);
            assertThat(reader.readAll("genres")).containsExactly(0, 1, 1, 1, 1, 0);
            assertThat(reader.stringAttribute("genres", "target_names")).containsExactly("Drama", "Comedy");
            assertThat(reader.stringAttribute("features", "target_names")).isNull();
        }
    }

    @Test
    void mapsAContiguousFloatDatasetAndNotAChunkedOneOrIntegers() {
        try (Hdf5Reader reader = Hdf5Reader.open(write(DatasetCreationOptions.DEFAULT))) {
            MappedArray features = reader.map("features");
            assertThat(features.shape()).containsExactly(300, 7);
            float[] row = new float[7];
            features.copyRow(251, row, 0);
            assertThat(row).containsExactly(251_000f, 251_001f, 251_002f, 251_003f, 251_004f, 251_005f, 251_006f);
            assertThat(reader.map("genres")).isNull();
        }
        Path chunked = write(DatasetCreationOptions.builder().chunkDimensions(64, 7).deflate(6).build());
        try (Hdf5Reader reader = Hdf5Reader.open(chunked)) {
            assertThat(reader.map("features")).isNull();
        }
    }

    @Test
    void readsAChunkedGzipDatasetAcrossChunkBoundaries() {
        Path file = write(DatasetCreationOptions.builder().chunkDimensions(64, 7).deflate(6).build());
        try (HdfFile raw = new HdfFile(file)) {
            assertThat(raw.getDatasetByPath("features").getDataLayout()).isEqualTo(DataLayout.CHUNKED);
            assertThat(raw.getDatasetByPath("features").getFilters()).isNotEmpty();
        }
        try (Hdf5Reader reader = Hdf5Reader.open(file)) {
            float[] all = reader.readAll("features");
            float[] expected = new float[300 * 7];
            for (int r = 0; r < 300; r++) {
                for (int c = 0; c < 7; c++) {
                    expected[r * 7 + c] = r * 1000 + c;
                }
            }
            assertThat(all).containsExactly(expected);
            float[] slice = new float[10 * 7];
            reader.readRows("features", 60, 70, slice, 0);
            assertThat(slice[0]).isEqualTo(60_000f);
            assertThat(slice[4 * 7 + 3]).isEqualTo(64_003f);
        }
    }

    @Test
    void refusesANonHdf5FileAndNamesIt() throws Exception {
        Path file = dir.resolve("plain.hdf5");
        Files.writeString(file, "not an hdf5 file at all, just some text long enough to look for a signature");
        assertThatThrownBy(() -> Hdf5Reader.open(file)).isInstanceOf(DataException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a readable HDF5 file");
        assertThatThrownBy(() -> Hdf5Reader.open(dir.resolve("absent.hdf5"))).isInstanceOf(DataException.class)
                .hasMessageContaining("absent.hdf5").hasMessageContaining("does not exist");
    }

    @Test
    void namesTheMissingKeyAndTheWrongShape() {
        Path file = write(DatasetCreationOptions.DEFAULT);
        try (Hdf5Reader reader = Hdf5Reader.open(file)) {
            assertThatThrownBy(() -> reader.shape("vgg_features")).isInstanceOf(DataException.class)
                    .hasMessageContaining(file.toString()).hasMessageContaining("'vgg_features'")
                    .hasMessageContaining("features");
            assertThatThrownBy(() -> reader.requireShape("features", -1, 300)).isInstanceOf(DataException.class)
                    .hasMessageContaining("'features'").hasMessageContaining("[300, 7]")
                    .hasMessageContaining("(N, 300)");
            assertThat(reader.requireShape("features", -1, 7)).containsExactly(300, 7);
            assertThat(List.of(reader.has("features"), reader.has("nothing"))).containsExactly(true, false);
        }
    }
}
