package io.latefusion.data.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.DataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedArrayTest {

    @TempDir
    Path dir;

    @Test
    void mappedRowsEqualTheRowsReadOntoTheHeapForEveryNumericDtype() {
        NumpyArray[] arrays = {
            NumpyArray.ofFloats(new float[] {1.5f, -2f, 0f, Float.MAX_VALUE, 1e-9f, 3f}, 2, 3),
            NumpyArray.ofDoubles(new double[] {Math.PI, -1e30, 0, 7}, 2, 2),
            NumpyArray.ofUnsignedBytes(new byte[] {0, (byte) 255, (byte) 128, 7}, 2, 2),
            NumpyArray.ofLongs(new long[] {-7, -1, 1L << 40}, 3),
            NumpyArray.ofInts(new int[] {Integer.MIN_VALUE, 42}, 2, 1),
            new NumpyArray(NumpyDType.INT16, new long[] {2}, new short[] {-300, 300}),
            new NumpyArray(NumpyDType.INT8, new long[] {2}, new byte[] {-5, 5}),
            new NumpyArray(NumpyDType.BOOL, new long[] {3}, new byte[] {1, 0, 1}),
            NumpyArray.ofFloats(new float[0], 0, 3),
        };
        for (int i = 0; i < arrays.length; i++) {
            Path file = dir.resolve("a" + i + ".npy");
            NpyWriter.write(file, arrays[i]);
            MappedArray mapped = NpyReader.map(file);
            assertThat(mapped.dtype()).isEqualTo(arrays[i].dtype());
            assertThat(mapped.shape()).containsExactly(arrays[i].shape());
            float[] expected = arrays[i].toFloats();
            float[] copied = new float[expected.length];
            for (int r = 0; r < mapped.rows(); r++) {
                mapped.copyRow(r, copied, r * mapped.rowSize());
            }
            assertThat(copied).as(arrays[i].dtype().name()).containsExactly(expected);
        }
    }

    @Test
    void rowsOnEitherSideOfASegmentBoundaryReadWholeInEitherByteOrder() throws IOException {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            int rows = 7;
            int width = 5;
            ByteBuffer body = ByteBuffer.allocate(rows * width * Float.BYTES).order(order);
            for (int k = 0; k < rows * width; k++) {
                body.putFloat(k * 0.25f);
            }
            String descr = order == ByteOrder.LITTLE_ENDIAN ? "<f4" : ">f4";
            Path file = dir.resolve(descr.charAt(0) == '<' ? "le.npy" : "be.npy");
            Files.write(file, concat(NpyHeader.encode(descr, new long[] {rows, width}), body.array()));
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                NpyHeader header = NpyHeader.read(channel, file);
                // three rows (60 bytes) per segment of 64 bytes: segments hold rows 0-2, 3-5 and 6
                MappedArray mapped = MappedArray.map(channel, file, TypeDescr.parse(descr), header.shape(),
                        header.dataOffset(), 64);
                float[] row = new float[width];
                for (int r = 0; r < rows; r++) {
                    mapped.copyRow(r, row, 0);
                    for (int c = 0; c < width; c++) {
                        assertThat(row[c]).isEqualTo((r * width + c) * 0.25f);
                    }
                }
                assertThatThrownBy(() -> mapped.copyRow(rows, row, 0)).isInstanceOf(IndexOutOfBoundsException.class);
            }
        }
    }

    @Test
    void samplesAreARowRangeDividedAsTheyAreCopied() {
        Path file = dir.resolve("x.npy");
        NpyWriter.write(file, NumpyArray.ofFloats(new float[] {0, 255, 51, 102, 153, 204}, 3, 2));
        MappedArray mapped = NpyReader.map(file);
        MappedSamples validation = new MappedSamples(mapped, 1, 2, 255f);
        assertThat(validation.count()).isEqualTo(2);
        assertThat(validation.sampleSize()).isEqualTo(2);
        float[] out = new float[3];
        validation.copy(1, out, 1);
        assertThat(out).containsExactly(0f, 153 / 255f, 204 / 255f);
        assertThatThrownBy(() -> new MappedSamples(mapped, 2, 2, 255f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.npy");
    }

    @Test
    void refusesTruncatedAndNonNumericFiles() throws IOException {
        Path shortFile = dir.resolve("short.npy");
        Files.write(shortFile, concat(NpyHeader.encode("<f8", new long[] {10, 3}), new byte[100]));
        assertThatThrownBy(() -> NpyReader.map(shortFile)).isInstanceOf(DataException.class)
                .hasMessageContaining("short.npy").hasMessageContaining("needs 240 data bytes, found 100");
        Path unicode = dir.resolve("u.npy");
        Files.write(unicode, concat(NpyHeader.encode("<U2", new long[] {2}), new byte[16]));
        assertThatThrownBy(() -> NpyReader.map(unicode)).isInstanceOf(DataException.class)
                .hasMessageContaining("u.npy").hasMessageContaining("expected a numeric dtype");
        assertThatThrownBy(() -> NpyReader.map(dir.resolve("absent.npy"))).isInstanceOf(DataException.class)
                .hasMessageContaining("does not exist");
    }

    private static byte[] concat(ByteBuffer header, byte[] body) {
        byte[] out = new byte[header.remaining() + body.length];
        header.get(out, 0, header.remaining());
        System.arraycopy(body, 0, out, out.length - body.length, body.length);
        return out;
    }
}
