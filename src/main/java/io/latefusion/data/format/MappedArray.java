package io.latefusion.data.format;

import io.latefusion.data.DataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A numeric, C-order {@code .npy} body mapped read-only into memory rather than read onto the heap:
 * rows (along the first axis) are converted to floats as they are copied out, so a 3 GB file costs
 * the heap nothing. A Java buffer holds at most 2 GiB, so the body is mapped in segments of at most
 * 1 GiB, each starting at a row boundary. Copies may run concurrently (only absolute reads).
 */
public final class MappedArray {

    /** The most bytes one mapped segment holds. */
    static final long SEGMENT_BYTES = 1L << 30;

    private final Path file;
    private final NumpyDType dtype;
    private final long[] shape;
    private final int rowSize;
    private final int rowBytes;
    private final long rowsPerSegment;
    private final ByteBuffer[] segments;
    private final FloatBuffer[] floats;

    private MappedArray(Path file, NumpyDType dtype, long[] shape, int rowSize, long rowsPerSegment,
                        ByteBuffer[] segments) {
        this.file = file;
        this.dtype = dtype;
        this.shape = shape;
        this.rowSize = rowSize;
        this.rowBytes = rowSize * dtype.itemSize();
        this.rowsPerSegment = rowsPerSegment;
        this.segments = segments;
        this.floats = dtype == NumpyDType.FLOAT32
                ? Arrays.stream(segments).map(ByteBuffer::asFloatBuffer).toArray(FloatBuffer[]::new) : null;
    }

    /**
     * Maps the body of {@code shape} elements of {@code type} that starts at {@code offset} of
     * {@code channel}, in segments of at most {@code segmentBytes} (whole rows each).
     */
    static MappedArray map(FileChannel channel, Path file, TypeDescr type, long[] shape, long offset,
                           long segmentBytes) throws IOException {
        long rowSize = 1;
        for (int i = 1; i < shape.length; i++) {
            rowSize *= shape[i];
        }
        long rowBytes = rowSize * type.itemSize();
        if (shape.length == 0 || rowBytes > segmentBytes) {
            throw new DataException(file + " holds shape " + Arrays.toString(shape)
                    + ", expected rows along a first axis of at most " + segmentBytes + " bytes each");
        }
        long rows = shape[0];
        long rowsPerSegment = rowBytes == 0 ? Math.max(1, rows) : segmentBytes / rowBytes;
        int count = rows == 0 ? 0 : Math.toIntExact((rows + rowsPerSegment - 1) / rowsPerSegment);
        ByteBuffer[] segments = new ByteBuffer[count];
        for (int s = 0; s < count; s++) {
            long first = s * rowsPerSegment;
            long bytes = Math.min(rowsPerSegment, rows - first) * rowBytes;
            segments[s] = channel.map(FileChannel.MapMode.READ_ONLY, offset + first * rowBytes, bytes)
                    .order(type.order());
        }
        return new MappedArray(file, type.dtype(), shape.clone(), (int) rowSize, rowsPerSegment, segments);
    }

    public Path file() {
        return file;
    }

    public NumpyDType dtype() {
        return dtype;
    }

    public long[] shape() {
        return shape.clone();
    }

    /** Rows along the first axis. */
    public long rows() {
        return shape[0];
    }

    /** Elements per row. */
    public int rowSize() {
        return rowSize;
    }

    /** Copies row {@code row}, converted to floats, into {@code dest} from {@code offset}. */
    public void copyRow(long row, float[] dest, int offset) {
        if (row < 0 || row >= rows()) {
            throw new IndexOutOfBoundsException("Row " + row + " outside shape " + Arrays.toString(shape));
        }
        int segment = (int) (row / rowsPerSegment);
        int at = (int) (row % rowsPerSegment) * rowBytes;
        ByteBuffer b = segments[segment];
        switch (dtype) {
            case FLOAT32 -> floats[segment].get(at / Float.BYTES, dest, offset, rowSize);
            case FLOAT64 -> {
                for (int i = 0; i < rowSize; i++) {
                    dest[offset + i] = (float) b.getDouble(at + i * Double.BYTES);
                }
            }
            case BOOL -> {
                for (int i = 0; i < rowSize; i++) {
                    dest[offset + i] = b.get(at + i) != 0 ? 1 : 0;
                }
            }
            case INT8 -> {
                for (int i = 0; i < rowSize; i++) {
                    dest[offset + i] = b.get(at + i);
                }
            }
            case UINT8 -> {
                for (int i = 0; i < rowSize; i++) {
                    dest[offset + i] = b.get(at + i) & 0xFF;
                }
            }
            case INT16 -> {
                for (int i = 0; i < rowSize; i++) {
                    dest[offset + i] = b.getShort(at + i * Short.BYTES);
                }
            }
            case INT32 -> {
                for (int i = 0; i < rowSize; i++) {
                    dest[offset + i] = b.getInt(at + i * Integer.BYTES);
                }
            }
            case INT64 -> {
                for (int i = 0; i < rowSize; i++) {
                    dest[offset + i] = b.getLong(at + i * Long.BYTES);
                }
            }
            case OBJECT, UNICODE -> throw new IllegalStateException(dtype + " elements are not numbers");
        }
    }
}
