package io.latefusion.data.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.latefusion.data.DataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TorchArchiveReaderTest {

    private static final Path SAMPLE = Path.of("../shared/data/avmnist-thesis-sample");

    @TempDir
    Path dir;

    @Test
    void buildsANonContiguousTensorInCOrder() throws IOException {
        float[] storage = new float[12];
        for (int i = 0; i < storage.length; i++) {
            storage[i] = i;
        }
        // A 3×2 view starting at element 1 with stride (1, 4): element [r][c] = storage[1 + r + 4c].
        Path file = TorchFixtures.writeArchive(dir.resolve("view.pt"),
                TorchFixtures.tensorPickle("FloatStorage", "0", 12, 1, new long[] {3, 2}, new long[] {1, 4}),
                Map.of("0", PickleBytes.floatsLE(storage)));
        NumpyArray t = (NumpyArray) TorchArchiveReader.read(file);
        assertThat(t.dtype()).isEqualTo(NumpyDType.FLOAT32);
        assertThat(t.shape()).containsExactly(3, 2);
        assertThat(t.toFloats()).containsExactly(1, 5, 2, 6, 3, 7);
    }

    @Test
    void readsLongAndDoubleStorages() throws IOException {
        ByteBuffer longs = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN).putLong(9).putLong(-8).putLong(7).putLong(6);
        Path file = TorchFixtures.writeArchive(dir.resolve("longs.pt"),
                TorchFixtures.tensorPickle("LongStorage", "3", 4, 0, new long[] {2, 2}, new long[] {2, 1}),
                Map.of("3", longs.array()));
        assertThat(((NumpyArray) TorchArchiveReader.read(file)).toLongs()).containsExactly(9, -8, 7, 6);
        Path doubles = TorchFixtures.writeArchive(dir.resolve("doubles.pt"),
                TorchFixtures.tensorPickle("DoubleStorage", "0", 2, 0, new long[] {2}, new long[] {1}),
                Map.of("0", PickleBytes.doublesLE(0.25, -4)));
        assertThat(((NumpyArray) TorchArchiveReader.read(doubles)).toDoubles()).containsExactly(0.25, -4);
    }

    @Test
    void refusesFilesThatAreNotTorchArchives() throws IOException {
        Path text = dir.resolve("text.pt");
        Files.writeString(text, "not a zip");
        assertThatThrownBy(() -> TorchArchiveReader.read(text)).isInstanceOf(DataException.class)
                .hasMessageContaining("text.pt").hasMessageContaining("not a zip archive");

        Path noPickle = dir.resolve("nopickle.pt");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(noPickle))) {
            zip.putNextEntry(new ZipEntry("nopickle/version"));
            zip.write('3');
            zip.closeEntry();
        }
        assertThatThrownBy(() -> TorchArchiveReader.read(noPickle)).isInstanceOf(DataException.class)
                .hasMessageContaining("nopickle.pt").hasMessageContaining("no data.pkl");

        assertThatThrownBy(() -> TorchArchiveReader.read(dir.resolve("absent.pt"))).isInstanceOf(DataException.class)
                .hasMessageContaining("absent.pt").hasMessageContaining("does not exist");
    }

    @Test
    void refusesMissingOrShortStorages() throws IOException {
        byte[] pickle = TorchFixtures.tensorPickle("FloatStorage", "0", 4, 0, new long[] {4}, new long[] {1});
        Path missing = TorchFixtures.writeArchive(dir.resolve("missing.pt"), pickle, Map.of());
        assertThatThrownBy(() -> TorchArchiveReader.read(missing)).isInstanceOf(DataException.class)
                .hasMessageContaining("missing.pt").hasMessageContaining("missing/data/0");

        Path shortStorage = TorchFixtures.writeArchive(dir.resolve("short.pt"), pickle, Map.of("0", new byte[8]));
        assertThatThrownBy(() -> TorchArchiveReader.read(shortStorage)).isInstanceOf(DataException.class)
                .hasMessageContaining("short.pt").hasMessageContaining("8 bytes, expected 16");

        byte[] beyond = TorchFixtures.tensorPickle("FloatStorage", "0", 4, 2, new long[] {4}, new long[] {1});
        Path outOfRange = TorchFixtures.writeArchive(dir.resolve("beyond.pt"), beyond, Map.of("0", new byte[16]));
        assertThatThrownBy(() -> TorchArchiveReader.read(outOfRange)).isInstanceOf(DataException.class)
                .hasMessageContaining("beyond.pt").hasMessageContaining("storage of 4");
    }

    @Test
    void readsARealSpectrogramAsA32By94FloatTensor() throws IOException {
        Path file = SAMPLE.resolve("spectrograms/0_01_1.pt");
        assumeThat(Files.isRegularFile(file)).as("shared AVMNIST sample present").isTrue();
        NumpyArray t = (NumpyArray) TorchArchiveReader.read(file);
        assertThat(t.dtype()).isEqualTo(NumpyDType.FLOAT32);
        assertThat(t.shape()).containsExactly(32, 94);
        float[] values = t.toFloats();
        for (float v : values) {
            assertThat(v).isBetween(1e-10f, 1e8f);
        }
        // Stored column-major (stride (1, 32)): element [r][c] is storage element c * 32 + r.
        ByteBuffer storage;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            storage = ByteBuffer.wrap(zip.getInputStream(zip.getEntry("0_01_1/data/0")).readAllBytes())
                    .order(ByteOrder.LITTLE_ENDIAN);
        }
        for (int r : new int[] {0, 5, 31}) {
            for (int c : new int[] {0, 1, 93}) {
                assertThat(values[r * 94 + c]).isEqualTo(storage.getFloat((c * 32 + r) * 4));
            }
        }
    }

    @Test
    void readsARealImageAsTwentyEightUint8Rows() {
        Path file = SAMPLE.resolve("images/10062_10062_5.pt");
        assumeThat(Files.isRegularFile(file)).as("shared AVMNIST sample present").isTrue();
        List<?> rows = (List<?>) TorchArchiveReader.read(file);
        assertThat(rows).hasSize(28);
        int nonZero = 0;
        for (Object row : rows) {
            NumpyArray r = (NumpyArray) row;
            assertThat(r.dtype()).isEqualTo(NumpyDType.UINT8);
            assertThat(r.shape()).containsExactly(28);
            for (long v : r.toLongs()) {
                assertThat(v).isBetween(0L, 255L);
                nonZero += v > 0 ? 1 : 0;
            }
        }
        assertThat(nonZero).as("ink pixels of a handwritten 5").isBetween(50, 400);
    }
}
