package io.latefusion.data.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a numeric {@link NumpyArray} as a little-endian, C-order {@code .npy} file that numpy reads.
 * The file appears atomically (written to a temporary sibling, then renamed), so a reader never sees
 * half a file. Used for fixtures and exported data.
 */
public final class NpyWriter {

    private static final int CHUNK_BYTES = 1 << 22;

    private NpyWriter() {
    }

    /** Writes {@code array} to {@code file}, replacing it if it exists. */
    public static void write(Path file, NumpyArray array) {
        NumpyDType dtype = array.dtype();
        if (!dtype.isNumeric()) {
            throw new IllegalArgumentException("Cannot write " + dtype + " arrays to .npy: only numeric dtypes");
        }
        Path absolute = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writeAll(channel, NpyHeader.encode(dtype.descr(), array.shape()));
                writeBody(channel, array);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void writeBody(FileChannel channel, NumpyArray array) throws IOException {
        NumpyDType dtype = array.dtype();
        int count = array.size();
        int perChunk = CHUNK_BYTES / dtype.itemSize();
        ByteBuffer buf = ByteBuffer.allocateDirect(Math.max(1, Math.min(count, perChunk)) * dtype.itemSize())
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int done = 0; done < count; ) {
            int n = Math.min(perChunk, count - done);
            buf.clear();
            ArrayCodec.encode(dtype, array.data(), done, n, buf);
            writeAll(channel, buf.flip());
            done += n;
        }
    }

    private static void writeAll(FileChannel channel, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the temporary file is only left behind if the rename failed and so did this clean-up
        }
    }
}
