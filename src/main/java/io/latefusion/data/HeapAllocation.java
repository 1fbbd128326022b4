package io.latefusion.data;

/**
 * Allocates a whole split's array on the heap, or fails with a {@link DataTooLargeException} naming
 * what it was for, its shape and its bytes — rather than a bare {@link OutOfMemoryError}.
 */
public final class HeapAllocation {

    private HeapAllocation() {
    }

    /** Floats for {@code what}: {@code rows} samples of {@code sampleShape}. */
    public static float[] floats(String what, long rows, long... sampleShape) {
        long[] shape = shape(rows, sampleShape);
        int n = count(what, shape, "float32", Float.BYTES);
        try {
            return new float[n];
        } catch (OutOfMemoryError e) {
            throw DataTooLargeException.of(what, shape, "float32", (long) n * Float.BYTES, HeapAdvice.heap(), e);
        }
    }

    /** Bytes for {@code what}: {@code rows} samples of {@code sampleShape}. */
    public static byte[] bytes(String what, long rows, long... sampleShape) {
        long[] shape = shape(rows, sampleShape);
        int n = count(what, shape, "uint8", 1);
        try {
            return new byte[n];
        } catch (OutOfMemoryError e) {
            throw DataTooLargeException.of(what, shape, "uint8", n, HeapAdvice.heap(), e);
        }
    }

    private static long[] shape(long rows, long[] sampleShape) {
        long[] shape = new long[sampleShape.length + 1];
        shape[0] = rows;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        return shape;
    }

    /** The element count, refused when it is more than one Java array holds. */
    private static int count(String what, long[] shape, String dtype, int itemBytes) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw DataTooLargeException.of(what, shape, dtype, n * itemBytes,
                    "one Java array (" + (Integer.MAX_VALUE - 8) + " elements at most)", null);
        }
        return (int) n;
    }
}
