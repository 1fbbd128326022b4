package io.latefusion.data.format;

import io.latefusion.data.DataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads a NumPy {@code .npy} file (format 1, 2 or 3) into a {@link NumpyArray}. The body streams
 * through a direct buffer into the backing array in bulk, so an N×112×112 float file reads at disk
 * speed. Fortran-order files, types outside {@link NumpyDType}'s numeric and unicode ones, and bodies
 * shorter than the shape needs are refused.
 */
public final class NpyReader {

    private static final int CHUNK_BYTES = 1 << 22;

    private NpyReader() {
    }

    /** The array stored in {@code file}. */
    public static NumpyArray read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            NpyHeader header = NpyHeader.read(channel, file);
            TypeDescr type = TypeDescr.parse(header.descr());
            if (type == null || type.dtype() == NumpyDType.OBJECT) {
                throw new DataException(file + " has dtype '" + header.descr()
                        + "', expected one of |b1, |i1, |u1, <i2, <i4, <i8, <f4, <f8, <U (either byte order)");
            }
            if (header.fortranOrder()) {
                throw new DataException(file + " is stored in Fortran order, expected C order"
                        + " (save it with numpy.ascontiguousarray)");
            }
            long[] shape = header.shape();
            int count;
            try {
                count = ArrayCodec.elementCount(shape);
            } catch (IllegalArgumentException e) {
                throw new DataException(file + ": " + e.getMessage());
            }
            long needed = (long) count * type.itemSize();
            long available = channel.size() - header.dataOffset();
            if (available < needed) {
                throw new DataException(file + " is truncated: shape " + Arrays.toString(shape) + " of '"
                        + header.descr() + "' needs " + needed + " data bytes, found " + available);
            }
            return type.dtype() == NumpyDType.UNICODE
                    ? ArrayCodec.decodeArray(type, shape, readBytes(channel, (int) needed, file))
                    : readNumeric(channel, type, shape, count, file);
        } catch (NoSuchFileException e) {
            throw new DataException(file + " does not exist, expected a .npy file");
        } catch (IOException e) {
            throw new DataException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static NumpyArray readNumeric(FileChannel channel, TypeDescr type, long[] shape, int count, Path file)
            throws IOException {
        NumpyDType dtype = type.dtype();
        Object data = ArrayCodec.allocate(dtype, count);
        int perChunk = CHUNK_BYTES / dtype.itemSize();
        ByteBuffer buf = ByteBuffer.allocateDirect(Math.min(count, perChunk) * dtype.itemSize()).order(type.order());
        for (int done = 0; done < count; ) {
            int n = Math.min(perChunk, count - done);
            buf.clear().limit(n * dtype.itemSize());
            fill(channel, buf, file);
            ArrayCodec.decode(dtype, buf.flip(), data, done, n);
            done += n;
        }
        return new NumpyArray(dtype, shape, data);
    }

    private static ByteBuffer readBytes(FileChannel channel, int n, Path file) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(n);
        fill(channel, buf, file);
        return buf.flip();
    }

    private static void fill(FileChannel channel, ByteBuffer buf, Path file) throws IOException {
        while (buf.hasRemaining()) {
            if (channel.read(buf) < 0) {
                throw new DataException(file + " is truncated: it ended while its data was being read");
            }
        }
    }
}
