package io.latefusion.data.format;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each element of a strided view lives in its flat storage (strides and offset in elements, as
 * torch and numpy give them), and gathering a view into C order: how Fortran-order arrays and
 * transposed tensors become row-major.
 */
record StridedLayout(long[] shape, long[] strides, long offset) {

    StridedLayout {
        if (shape.length != strides.length) {
            throw new IllegalArgumentException("Shape " + Arrays.toString(shape) + " and strides "
                    + Arrays.toString(strides) + " differ in length");
        }
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0 || strides[i] < 0) {
                throw new IllegalArgumentException("Negative size or stride: shape " + Arrays.toString(shape)
                        + ", strides " + Arrays.toString(strides));
            }
        }
        if (offset < 0) {
            throw new IllegalArgumentException("Negative storage offset " + offset);
        }
    }

    /** The row-major layout of a contiguous array. */
    static StridedLayout cOrder(long[] shape) {
        long[] strides = new long[shape.length];
        long s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = s;
            s *= shape[i];
        }
        return new StridedLayout(shape, strides, 0);
    }

    /** The column-major layout of a contiguous Fortran-order array. */
    static StridedLayout fortranOrder(long[] shape) {
        long[] strides = new long[shape.length];
        long s = 1;
        for (int i = 0; i < shape.length; i++) {
            strides[i] = s;
            s *= shape[i];
        }
        return new StridedLayout(shape, strides, 0);
    }

    long count() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /** Elements of storage the view needs: one past its furthest element (0 when empty). */
    long storageNeeded() {
        if (count() == 0) {
            return 0;
        }
        long last = offset;
        for (int i = 0; i < shape.length; i++) {
            last += (shape[i] - 1) * strides[i];
        }
        return last + 1;
    }

    /** Whether the view reads storage row-major from its offset, so no gathering is needed. */
    boolean isCContiguous() {
        long expected = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && strides[i] != expected) {
                return false;
            }
            expected *= shape[i];
        }
        return true;
    }

    /** The view's elements in C order, each {@code itemSize} bytes, from {@code storage} at index 0. */
    ByteBuffer gather(ByteBuffer storage, int itemSize) {
        int n = Math.toIntExact(count());
        if (isCContiguous()) {
            return storage.slice(Math.toIntExact(offset * itemSize), n * itemSize).order(storage.order());
        }
        byte[] out = new byte[Math.multiplyExact(n, itemSize)];
        Odometer odometer = new Odometer();
        for (int i = 0; i < n; i++) {
            storage.get(Math.toIntExact(odometer.next() * itemSize), out, i * itemSize, itemSize);
        }
        return ByteBuffer.wrap(out).order(storage.order());
    }

    /** The view's elements in C order from a list of objects. */
    <T> List<T> gather(List<T> storage) {
        int n = Math.toIntExact(count());
        List<T> out = new ArrayList<>(n);
        Odometer odometer = new Odometer();
        for (int i = 0; i < n; i++) {
            out.add(storage.get(Math.toIntExact(odometer.next())));
        }
        return out;
    }

    /** Walks the view in C order, yielding each element's storage index. */
    private final class Odometer {
        private final long[] counter = new long[shape.length];
        private long position = offset;

        long next() {
            long current = position;
            for (int axis = shape.length - 1; axis >= 0; axis--) {
                if (++counter[axis] < shape[axis]) {
                    position += strides[axis];
                    return current;
                }
                position -= (shape[axis] - 1) * strides[axis];
                counter[axis] = 0;
            }
            return current;
        }
    }
}
