package io.latefusion.data.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A numpy array (or torch tensor) read into Java: its element type, its shape and its elements in C
 * (row-major) order. {@code data} is the backing array of the dtype — byte[] for BOOL, INT8 and UINT8
 * (UINT8 read unsigned), short[] for INT16, int[] for INT32, long[] for INT64, float[] for FLOAT32,
 * double[] for FLOAT64, an unmodifiable List for OBJECT and UNICODE — shared, not copied, because
 * arrays can be gigabytes; treat it as read-only. A 0-d array has shape [] and one element.
 */
public record NumpyArray(NumpyDType dtype, long[] shape, Object data) {

    public NumpyArray {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(data, "data");
        shape = shape.clone();
        long count = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("Negative dimension in shape " + Arrays.toString(shape));
            }
            count *= d;
        }
        if (data instanceof List<?> list) {
            data = Collections.unmodifiableList(new ArrayList<>(list));
        }
        int length = ArrayCodec.length(dtype, data);
        if (length != count) {
            throw new IllegalArgumentException("Shape " + Arrays.toString(shape) + " holds " + count
                    + " elements, the data has " + length);
        }
    }

    /** A float32 array. */
    public static NumpyArray ofFloats(float[] values, long... shape) {
        return new NumpyArray(NumpyDType.FLOAT32, shape, values);
    }

    /** A float64 array. */
    public static NumpyArray ofDoubles(double[] values, long... shape) {
        return new NumpyArray(NumpyDType.FLOAT64, shape, values);
    }

    /** An int64 array. */
    public static NumpyArray ofLongs(long[] values, long... shape) {
        return new NumpyArray(NumpyDType.INT64, shape, values);
    }

    /** An int32 array. */
    public static NumpyArray ofInts(int[] values, long... shape) {
        return new NumpyArray(NumpyDType.INT32, shape, values);
    }

    /** A uint8 array; bytes are read unsigned (0..255). */
    public static NumpyArray ofUnsignedBytes(byte[] values, long... shape) {
        return new NumpyArray(NumpyDType.UINT8, shape, values);
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Number of dimensions (0 for a scalar). */
    public int ndim() {
        return shape.length;
    }

    /** Length of one axis. */
    public long dim(int axis) {
        return shape[axis];
    }

    /** Number of elements. */
    public int size() {
        return ArrayCodec.length(dtype, data);
    }

    /** The single element of a 0-d or one-element numeric array. */
    public double item() {
        if (size() != 1) {
            throw new IllegalStateException("item() needs exactly one element, shape is " + Arrays.toString(shape));
        }
        return toDoubles()[0];
    }

    /** All elements as floats, in C order (a copy). */
    public float[] toFloats() {
        requireNumeric();
        return ArrayCodec.toFloats(dtype, data, 0, size());
    }

    /** All elements as doubles, in C order (a copy). */
    public double[] toDoubles() {
        requireNumeric();
        return ArrayCodec.toDoubles(dtype, data, 0, size());
    }

    /** All elements of an integer (or bool) array as longs, in C order. */
    public long[] toLongs() {
        if (!dtype.isInteger()) {
            throw new IllegalStateException("toLongs() needs an integer dtype, this array is " + dtype);
        }
        return ArrayCodec.toLongs(dtype, data, 0, size());
    }


    /** The elements of an OBJECT or UNICODE array, in C order. */
    public List<Object> objects() {
        if (!(data instanceof List<?> list)) {
            throw new IllegalStateException("objects() needs an OBJECT or UNICODE array, this array is " + dtype);
        }
        return Collections.unmodifiableList(list);
    }

    /** The elements of an OBJECT or UNICODE array holding only strings. */
    public List<String> strings() {
        List<Object> objects = objects();
        List<String> out = new ArrayList<>(objects.size());
        for (Object o : objects) {
            if (!(o instanceof String s)) {
                throw new IllegalStateException("Element " + out.size() + " is "
                        + (o == null ? "None" : o.getClass().getSimpleName()) + ", expected a string");
            }
            out.add(s);
        }
        return out;
    }

    private void requireNumeric() {
        if (!dtype.isNumeric()) {
            throw new IllegalStateException("Numeric values need a numeric dtype, this array is " + dtype);
        }
    }

    @Override
    public String toString() {
        return "NumpyArray[" + dtype + " " + Arrays.toString(shape) + "]";
    }
}
