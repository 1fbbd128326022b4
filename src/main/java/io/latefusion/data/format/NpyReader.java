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
 * Reads a NumPy {@code .npy} file (format 1, 2 or 3): into a {@link NumpyArray} on the heap — the body
 * streams through a direct buffer into the backing array in bulk, so an N×112×112 float file reads at
 * disk speed — or, for arrays larger than the heap should hold, memory-mapped as a
 * {@link MappedArray}. Both first check the header; Fortran-order files, types outside
 * {@link NumpyDType}'s numeric and unicode ones, and bodies shorter than the shape needs are refused.
 */
public final class NpyReader {

    private static final int CHUNK_BYTES = 1 << 22;

    private NpyReader() {
    }

    /** The array stored in {@code file}, read onto the heap. */
    public static NumpyArray read(Path file) {
        try (FileChannel channel = open(file)) {
            Body body = body(channel, file);
            int count;
            try {
                count = ArrayCodec.elementCount(body.shape());
            } catch (IllegalArgumentException e) {
                throw new DataException(file + ": " + e.getMessage());
            }
            long bytes = requireLength(channel, body, (long) count, file);
            return body.type().dtype() == NumpyDType.UNICODE
                    ? ArrayCodec.decodeArray(body.type(), body.shape(), readBytes(channel, (int) bytes, file))
                    : readNumeric(channel, body.type(), body.shape(), count, file);
        } catch (IOException e) {
            throw new DataException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The numeric array stored in {@code file}, memory-mapped rather than read: nothing of the body is
     * on the heap, rows are converted as they are copied out (see {@link MappedArray}).
     */
    public static MappedArray map(Path file) {
        try (FileChannel channel = open(file)) {
            Body body = body(channel, file);
            if (!body.type().dtype().isNumeric()) {
                throw new DataException(file + " has dtype '" + body.descr() + "', expected a numeric dtype");
            }
            long count = 1;
            for (long d : body.shape()) {
                if (d < 0) {
                    throw new DataException(file + " has the negative dimension " + d + " in its shape "
                            + Arrays.toString(body.shape()));
                }
                try {
                    count = Math.multiplyExact(count, d);
                    Math.multiplyExact(count, (long) body.type().itemSize());
                } catch (ArithmeticException e) {
                    throw new DataException(file + " has the shape " + Arrays.toString(body.shape()) + " of '"
                            + body.descr() + "': more bytes than any file can hold");
                }
            }
            requireLength(channel, body, count, file);
            return MappedArray.map(channel, file, body.type(), body.shape(), body.offset(), MappedArray.SEGMENT_BYTES);
        } catch (IOException e) {
            throw new DataException("Cannot map " + file + ": " + e.getMessage(), e);
        }
    }

    /** What the header says the body holds and where it starts. */
    private record Body(String descr, TypeDescr type, long[] shape, long offset) {
    }

    private static FileChannel open(Path file) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new DataException(file + " does not exist, expected a .npy file");
        }
    }

    /** Reads and checks the header: a supported dtype and C order. */
    private static Body body(FileChannel channel, Path file) throws IOException {
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
        return new Body(header.descr(), type, header.shape(), header.dataOffset());
    }

    /** The body's length in bytes, checked to be in the file. */
    private static long requireLength(FileChannel channel, Body body, long count, Path file) throws IOException {
        long needed = Math.multiplyExact(count, (long) body.type().itemSize());
        long available = channel.size() - body.offset();
        if (available < needed) {
            throw new DataException(file + " is truncated: shape " + Arrays.toString(body.shape()) + " of '"
                    + body.descr() + "' needs " + needed + " data bytes, found " + available);
        }
        return needed;
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
