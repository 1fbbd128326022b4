package io.latefusion.data.format;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.exceptions.HdfException;
import io.jhdf.object.datatype.FloatingPoint;
import io.latefusion.data.DataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads numeric datasets of an HDF5 file with jhdf, contiguous or chunked (and gzip-compressed)
 * alike. Rows stream into the caller's array a block at a time, so a (25959, 4096) float dataset
 * never exists twice in memory — or, stored contiguously, it is memory-mapped and not on the heap at
 * all; any integer or float type is widened (or narrowed) to float. Every
 * failure is a one-line {@link DataException} naming the file, the key and, where it matters, the
 * shape.
 */
public final class Hdf5Reader implements AutoCloseable {

    /** The most deflate (gzip) can compress: 1032 bytes into one. */
    private static final long MAX_DEFLATE_RATIO = 1032;

    /** Values per block read: about 4 MB of floats. */
    private static final long BLOCK_VALUES = 1L << 20;

    private final Path file;
    private final HdfFile hdf;

    private Hdf5Reader(Path file, HdfFile hdf) {
        this.file = file;
        this.hdf = hdf;
    }

    /** Opens {@code file}; a missing file or one that is not HDF5 is a {@link DataException}. */
    public static Hdf5Reader open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + " does not exist, expected an HDF5 file");
        }
        try {
            return new Hdf5Reader(file, jhdf(file, () -> hdfFile(file)));
        } catch (UncheckedIOException e) {
            throw new DataException("Cannot read " + file + ": " + e.getCause().getMessage(), e);
        }
    }

    /**
     * jhdf's view of {@code file}. A file that fits one buffer (under 2 GB) is memory-mapped: jhdf then
     * reads slices of it, so a corrupt length in a header fails a bounds check, where reading through a
     * channel would first allocate a buffer of that length. Larger files are read through jhdf's channel.
     */
    private static HdfFile hdfFile(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() <= Integer.MAX_VALUE - 8) {
                return HdfFile.fromByteBuffer(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HdfFile(file);
    }

    /**
     * Runs a jhdf call: whatever jhdf throws on a truncated or corrupt file becomes a one-line
     * {@link DataException} naming the file and jhdf's innermost reason.
     */
    private static <T> T jhdf(Path file, Supplier<T> call) {
        try {
            return call.get();
        } catch (DataException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DataException(file + " is not a readable HDF5 file (" + reason(e)
                    + "), expected a complete HDF5 file", e);
        }
    }

    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && !reason.toString().contains(t.getMessage())) {
                reason.append(": ").append(t.getMessage());
            }
        }
        return reason.toString();
    }

    public Path file() {
        return file;
    }

    /** Whether the file has a dataset at {@code key}. */
    public boolean has(String key) {
        return node(key) instanceof Dataset;
    }

    /** Whether the dataset at {@code key} holds integers (rather than floating-point numbers). */
    public boolean isIntegral(String key) {
        Dataset dataset = dataset(key);
        Class<?> type = jhdf(file, dataset::getJavaType);
        return type == byte.class || type == short.class || type == int.class || type == long.class;
    }

    /**
     * The shape of the dataset at {@code key}, checked to be one the file's size can hold, so no caller
     * sizes an array from a corrupt dimension.
     */
    public long[] shape(String key) {
        Dataset dataset = dataset(key);
        long[] shape = jhdf(file, dataset::getDimensionsAsLong);
        long bytes = jhdf(file, () -> (long) dataset.getDataType().getSize());
        for (long d : shape) {
            bytes = d < 0 || (d > 0 && bytes > Long.MAX_VALUE / d) ? Long.MAX_VALUE : bytes * d;
        }
        boolean compressed = !jhdf(file, dataset::getFilters).isEmpty();
        long fileSize = jhdf(file, () -> hdf.size());
        long limit = compressed ? fileSize * MAX_DEFLATE_RATIO : fileSize;
        if (bytes > limit) {
            throw new DataException(file + ": dataset '" + key + "' claims shape " + Arrays.toString(shape) + " ("
                    + (bytes == Long.MAX_VALUE ? "more than 2^63" : bytes) + " bytes), more than the file's " + fileSize
                    + " bytes can hold" + (compressed ? " even compressed" : "") + " (truncated or corrupt)");
        }
        return shape;
    }

    /**
     * The shape of {@code key}, checked to have as many dimensions as {@code expected} and, where an
     * expected size is not negative, that size (-1 means any).
     */
    public long[] requireShape(String key, long... expected) {
        long[] shape = shape(key);
        boolean ok = shape.length == expected.length;
        for (int i = 0; ok && i < shape.length; i++) {
            ok = expected[i] < 0 || expected[i] == shape[i];
        }
        if (!ok) {
            throw new DataException(file + ": dataset '" + key + "' has shape " + Arrays.toString(shape)
                    + ", expected " + describe(expected));
        }
        return shape;
    }

    /**
     * Copies rows {@code from}..{@code to}-1 (along the first axis) of the dataset at {@code key},
     * flattened row-major, into {@code dest} from {@code offset}, a block of rows at a time.
     */
    public void readRows(String key, long from, long to, float[] dest, int offset) {
        Dataset dataset = dataset(key);
        long[] shape = shape(key);
        if (shape.length == 0 || from < 0 || to > shape[0] || from > to) {
            throw new DataException(file + ": cannot read rows " + from + ".." + to + " of dataset '" + key
                    + "' with shape " + Arrays.toString(shape));
        }
        long perRow = 1;
        for (int i = 1; i < shape.length; i++) {
            perRow *= shape[i];
        }
        if (offset + (to - from) * perRow > dest.length) {
            throw new IllegalArgumentException("Destination holds " + dest.length + " values, rows " + from + ".." + to
                    + " of '" + key + "' need " + (to - from) * perRow + " from " + offset);
        }
        long blockRows = Math.max(1, BLOCK_VALUES / Math.max(1, perRow));
        int[] sliceShape = new int[shape.length];
        for (int i = 1; i < shape.length; i++) {
            sliceShape[i] = Math.toIntExact(shape[i]);
        }
        int at = offset;
        for (long row = from; row < to; row += blockRows) {
            long rows = Math.min(blockRows, to - row);
            long[] sliceOffset = new long[shape.length];
            sliceOffset[0] = row;
            sliceShape[0] = (int) rows;
            Object block;
            try {
                block = dataset.getData(sliceOffset, sliceShape);
            } catch (RuntimeException e) {
                throw new DataException(file + ": cannot read dataset '" + key + "' (shape " + Arrays.toString(shape)
                        + ", " + jhdf(file, dataset::getJavaType).getSimpleName() + "): " + reason(e), e);
            }
            at = flatten(block, dest, at, key);
        }
    }

    /**
     * The dataset at {@code key} memory-mapped rather than read (see {@link MappedArray}) when it is
     * stored contiguously and unfiltered as 32- or 64-bit floats — h5py's default, and MM-IMDb's
     * features; null when it is stored otherwise, for the caller to read it onto the heap.
     */
    public MappedArray map(String key) {
        Dataset dataset = dataset(key);
        long[] shape = dataset.getDimensionsAsLong();
        if (!(dataset instanceof ContiguousDataset contiguous) || dataset.isEmpty() || shape.length == 0
                || !dataset.getFilters().isEmpty() || !(dataset.getDataType() instanceof FloatingPoint type)
                || (type.getSize() != Float.BYTES && type.getSize() != Double.BYTES)) {
            return null;
        }
        NumpyDType dtype = type.getSize() == Float.BYTES ? NumpyDType.FLOAT32 : NumpyDType.FLOAT64;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (contiguous.getDataAddress() + dataset.getSizeInBytes() > channel.size()) {
                return null;
            }
            return MappedArray.map(channel, file, new TypeDescr(dtype, type.getByteOrder(), type.getSize()), shape,
                    contiguous.getDataAddress(), MappedArray.SEGMENT_BYTES);
        } catch (IOException e) {
            throw new DataException("Cannot map dataset '" + key + "' of " + file + ": " + e.getMessage(), e);
        }
    }

    /** All values of the dataset at {@code key}, flattened row-major. */
    public float[] readAll(String key) {
        long[] shape = shape(key);
        if (shape.length == 0) {
            throw new DataException(file + ": dataset '" + key + "' is a scalar, expected an array");
        }
        long count = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        if (count > Integer.MAX_VALUE - 8) {
            throw new DataException(file + ": dataset '" + key + "' with shape " + Arrays.toString(shape)
                    + " has too many values for one array (" + count + ")");
        }
        float[] values = new float[(int) count];
        readRows(key, 0, shape[0], values, 0);
        return values;
    }

    /**
     * The string values of attribute {@code name} of the dataset at {@code key} (fixed- or
     * variable-length strings, as h5py writes them), or {@code null} when it has no such attribute.
     */
    public List<String> stringAttribute(String key, String name) {
        Dataset dataset = dataset(key);
        Attribute attribute = jhdf(file, () -> dataset.getAttribute(name));
        if (attribute == null) {
            return null;
        }
        Object data = jhdf(file, attribute::getData);
        List<String> out = new ArrayList<>();
        collectStrings(data, out, key, name);
        return out;
    }

    private void collectStrings(Object data, List<String> out, String key, String name) {
        if (data instanceof String s) {
            out.add(s);
        } else if (data instanceof byte[] bytes) {
            out.add(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } else if (data instanceof Object[] array) {
            for (Object o : array) {
                collectStrings(o, out, key, name);
            }
        } else {
            throw new DataException(file + ": attribute '" + name + "' of dataset '" + key + "' holds "
                    + (data == null ? "nothing" : data.getClass().getSimpleName()) + ", expected strings");
        }
    }

    private Dataset dataset(String key) {
        if (!(node(key) instanceof Dataset dataset)) {
            throw new DataException(file + " has no dataset '" + key + "' (it has "
                    + jhdf(file, () -> hdf.getChildren().keySet()) + ")");
        }
        return dataset;
    }

    /** The node at {@code key}, or null when there is none; a file too damaged to tell is a {@link DataException}. */
    private Node node(String key) {
        return jhdf(file, () -> {
            Node node = hdf;
            for (String part : key.split("/")) {
                if (!part.isEmpty()) {
                    node = node instanceof Group group ? group.getChildren().get(part) : null;
                }
            }
            return node == hdf ? null : node;
        });
    }

    /** Copies a (nested) primitive array into {@code dest} from {@code at}; returns the next position. */
    private int flatten(Object block, float[] dest, int at, String key) {
        if (block instanceof float[] f) {
            System.arraycopy(f, 0, dest, at, f.length);
            return at + f.length;
        }
        if (block instanceof Object[] rows) {
            for (Object row : rows) {
                at = flatten(row, dest, at, key);
            }
            return at;
        }
        if (block instanceof double[] d) {
            for (double v : d) {
                dest[at++] = (float) v;
            }
        } else if (block instanceof int[] i) {
            for (int v : i) {
                dest[at++] = v;
            }
        } else if (block instanceof long[] l) {
            for (long v : l) {
                dest[at++] = v;
            }
        } else if (block instanceof short[] s) {
            for (short v : s) {
                dest[at++] = v;
            }
        } else if (block instanceof byte[] b) {
            for (byte v : b) {
                dest[at++] = v;
            }
        } else {
            throw new DataException(file + ": dataset '" + key + "' holds "
                    + (block == null ? "nothing" : block.getClass().getSimpleName()) + ", expected numbers");
        }
        return at;
    }

    private static String describe(long[] expected) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < expected.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(expected[i] >= 0 ? String.valueOf(expected[i]) : i == 0 ? "N" : "any");
        }
        return sb.append(expected.length == 1 ? ",)" : ")").toString();
    }

    @Override
    public void close() {
        hdf.close();
    }
}
