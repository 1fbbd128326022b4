package io.latefusion.data.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.DataException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyReaderTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsEveryNumericDtype() {
        NumpyArray[] arrays = {
            NumpyArray.ofFloats(new float[] {1.5f, -2f, 0f, Float.MAX_VALUE, 1e-9f, 3f}, 2, 3),
            NumpyArray.ofDoubles(new double[] {Math.PI, -1e300, 0, 7}, 4),
            NumpyArray.ofUnsignedBytes(new byte[] {0, (byte) 255, (byte) 128, 7}, 2, 2),
            NumpyArray.ofLongs(new long[] {Long.MIN_VALUE, -1, Long.MAX_VALUE}, 3),
            NumpyArray.ofInts(new int[] {Integer.MIN_VALUE, 42}, 2, 1),
            new NumpyArray(NumpyDType.INT16, new long[] {2}, new short[] {-300, 300}),
            new NumpyArray(NumpyDType.INT8, new long[] {2}, new byte[] {-5, 5}),
            new NumpyArray(NumpyDType.BOOL, new long[] {3}, new byte[] {1, 0, 1}),
            NumpyArray.ofFloats(new float[] {2.5f}),
            NumpyArray.ofFloats(new float[0], 0, 3),
        };
        for (int i = 0; i < arrays.length; i++) {
            Path file = dir.resolve("a" + i + ".npy");
            NpyWriter.write(file, arrays[i]);
            NumpyArray back = NpyReader.read(file);
            assertThat(back.dtype()).isEqualTo(arrays[i].dtype());
            assertThat(back.shape()).containsExactly(arrays[i].shape());
            assertThat(back.data()).isEqualTo(arrays[i].data());
        }
    }

    @Test
    void writerPadsTheHeaderTo64BytesAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("x.npy");
        NpyWriter.write(file, NumpyArray.ofFloats(new float[] {1, 2, 3}, 3));
        byte[] bytes = Files.readAllBytes(file);
        int headerLength = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        assertThat((10 + headerLength) % 64).isZero();
        assertThat(new String(bytes, 10, headerLength, StandardCharsets.ISO_8859_1))
                .startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }").endsWith("\n");
        assertThat(bytes).hasSize(10 + headerLength + 12);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void parsesHandWrittenHeadersOfEachVersion() throws IOException {
        ByteBuffer body = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        body.putLong(1).putLong(-2).putLong(3).putLong(40);
        Path v1 = write("v1.npy", 1, "{'descr': '<i8', 'fortran_order': False, 'shape': (2, 2), }", body.array());
        NumpyArray a = NpyReader.read(v1);
        assertThat(a.dtype()).isEqualTo(NumpyDType.INT64);
        assertThat(a.shape()).containsExactly(2, 2);
        assertThat(a.toLongs()).containsExactly(1, -2, 3, 40);

        ByteBuffer big = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putFloat(1.25f).putFloat(-8f);
        Path v2 = write("v2.npy", 2, "{'shape': (2,), 'fortran_order': False, 'descr': '>f4'}", big.array());
        assertThat(NpyReader.read(v2).toFloats()).containsExactly(1.25f, -8f);

        Path v3 = write("v3.npy", 3, "{'descr': '|u1', 'fortran_order': False, 'shape': (), }", new byte[] {(byte) 200});
        NumpyArray scalar = NpyReader.read(v3);
        assertThat(scalar.ndim()).isZero();
        assertThat(scalar.item()).isEqualTo(200.0);

        ByteBuffer utf32 = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        for (int cp : new int[] {'a', 'b', 'c', 0}) {
            utf32.putInt(cp);
        }
        Path unicode = write("u.npy", 1, "{'descr': '<U2', 'fortran_order': False, 'shape': (2,), }", utf32.array());
        assertThat(NpyReader.read(unicode).strings()).containsExactly("ab", "c");
    }

    @Test
    void refusesFortranOrder() throws IOException {
        Path file = write("fortran.npy", 1, "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }", new byte[16]);
        assertThatThrownBy(() -> NpyReader.read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("fortran.npy").hasMessageContaining("Fortran order, expected C order");
    }

    @Test
    void refusesUnknownDtype() throws IOException {
        Path file = write("complex.npy", 1, "{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }", new byte[16]);
        assertThatThrownBy(() -> NpyReader.read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("complex.npy").hasMessageContaining("'<c16'").hasMessageContaining("expected");
    }

    @Test
    void refusesBadMagic() throws IOException {
        Path file = dir.resolve("text.npy");
        Files.writeString(file, "not numpy at all, just text");
        assertThatThrownBy(() -> NpyReader.read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("text.npy").hasMessageContaining("magic");
        Path tiny = dir.resolve("tiny.npy");
        Files.write(tiny, new byte[] {1, 2});
        assertThatThrownBy(() -> NpyReader.read(tiny)).isInstanceOf(DataException.class)
                .hasMessageContaining("tiny.npy").hasMessageContaining("magic");
    }

    @Test
    void refusesTruncatedBody() throws IOException {
        Path file = write("short.npy", 1, "{'descr': '<f8', 'fortran_order': False, 'shape': (10, 3), }", new byte[100]);
        assertThatThrownBy(() -> NpyReader.read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("short.npy").hasMessageContaining("truncated")
                .hasMessageContaining("needs 240 data bytes, found 100");
    }

    @Test
    void refusesMissingFile() {
        Path file = dir.resolve("absent.npy");
        assertThatThrownBy(() -> NpyReader.read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("absent.npy").hasMessageContaining("does not exist");
    }

    @Test
    void readsLargeFilesInChunks() {
        int n = 17 * 190_000; // spans several 4 MiB chunks and ends mid-chunk
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = i * 0.5f;
        }
        Path file = dir.resolve("large.npy");
        NpyWriter.write(file, NumpyArray.ofFloats(values, n / 17, 17));
        NumpyArray back = NpyReader.read(file);
        assertThat(back.shape()).containsExactly(n / 17, 17);
        assertThat(Arrays.equals((float[]) back.data(), values)).isTrue();
        float[] row = new float[17];
        NpyReader.map(file).copyRow(2, row, 0);
        assertThat(row).containsExactly(Arrays.copyOfRange(values, 34, 51));
    }

    /** A .npy file from a hand-written header dict of the given format version. */
    private Path write(String name, int version, String dict, byte[] body) throws IOException {
        int prefix = version == 1 ? 10 : 12;
        int total = ((prefix + dict.length() + 1 + 63) / 64) * 64;
        StringBuilder header = new StringBuilder(dict);
        while (prefix + header.length() + 1 < total) {
            header.append(' ');
        }
        header.append('\n');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0});
        ByteBuffer length = ByteBuffer.allocate(version == 1 ? 2 : 4).order(ByteOrder.LITTLE_ENDIAN);
        if (version == 1) {
            length.putShort((short) header.length());
        } else {
            length.putInt(header.length());
        }
        out.write(length.array());
        out.write(header.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }
}
