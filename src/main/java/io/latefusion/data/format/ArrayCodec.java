package io.latefusion.data.format;

import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Moves numpy elements between raw bytes and the Java array backing each {@link NumpyDType}
 * (byte[] for BOOL/INT8/UINT8, short[], int[], long[], float[], double[], a List for OBJECT and
 * UNICODE), and widens them to float, double or long. The one place that knows that mapping.
 */
final class ArrayCodec {

    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    private ArrayCodec() {
    }

    /** Elements in an array of {@code shape}, refusing counts a Java array cannot hold. */
    static int elementCount(long[] shape) {
        long n = 1;
        for (long d : shape) {
            if (d < 0 || (d > 0 && n > (Integer.MAX_VALUE - 8) / d)) { // checked before multiplying: no overflow
                throw new IllegalArgumentException("Shape " + Arrays.toString(shape)
                        + " does not fit one Java array (at most " + (Integer.MAX_VALUE - 8) + " elements)");
            }
            n *= d;
        }
        return (int) n;
    }

    /** A C-order array of {@code shape} decoded from raw bytes (at their position) in {@code type}'s byte order. */
    static NumpyArray decodeArray(TypeDescr type, long[] shape, ByteBuffer bytes) {
        ByteBuffer src = bytes.slice().order(type.order());
        int n = elementCount(shape);
        if (type.dtype() == NumpyDType.UNICODE) {
            return new NumpyArray(NumpyDType.UNICODE, shape, decodeUnicode(src, type.itemSize(), n));
        }
        Object data = allocate(type.dtype(), n);
        decode(type.dtype(), src, data, 0, n);
        return new NumpyArray(type.dtype(), shape, data);
    }

    /** A zeroed backing array of {@code n} elements of a fixed-size type. */
    static Object allocate(NumpyDType t, int n) {
        return switch (t) {
            case BOOL, INT8, UINT8 -> new byte[n];
            case INT16 -> new short[n];
            case INT32 -> new int[n];
            case INT64 -> new long[n];
            case FLOAT32 -> new float[n];
            case FLOAT64 -> new double[n];
            case OBJECT, UNICODE -> throw new IllegalArgumentException(t + " has no fixed-size backing array");
        };
    }

    /** The element count of {@code data}, checking it is the backing type of {@code t}. */
    static int length(NumpyDType t, Object data) {
        boolean ok = switch (t) {
            case BOOL, INT8, UINT8 -> data instanceof byte[];
            case INT16 -> data instanceof short[];
            case INT32 -> data instanceof int[];
            case INT64 -> data instanceof long[];
            case FLOAT32 -> data instanceof float[];
            case FLOAT64 -> data instanceof double[];
            case OBJECT, UNICODE -> data instanceof List<?>;
        };
        if (!ok) {
            throw new IllegalArgumentException("A " + t + " array needs its own backing type, got "
                    + data.getClass().getSimpleName());
        }
        return data instanceof List<?> list ? list.size() : Array.getLength(data);
    }

    /**
     * Reads {@code n} elements of a fixed-size type from {@code src} (at its position, in its byte
     * order, advancing it) into {@code dst} from {@code offset}.
     */
    static void decode(NumpyDType t, ByteBuffer src, Object dst, int offset, int n) {
        ByteBuffer view = src.slice().order(src.order());
        switch (t) {
            case BOOL, INT8, UINT8 -> view.get((byte[]) dst, offset, n);
            case INT16 -> view.asShortBuffer().get((short[]) dst, offset, n);
            case INT32 -> view.asIntBuffer().get((int[]) dst, offset, n);
            case INT64 -> view.asLongBuffer().get((long[]) dst, offset, n);
            case FLOAT32 -> view.asFloatBuffer().get((float[]) dst, offset, n);
            case FLOAT64 -> view.asDoubleBuffer().get((double[]) dst, offset, n);
            case OBJECT, UNICODE -> throw new IllegalArgumentException(t + " elements are not fixed-size numbers");
        }
        src.position(src.position() + n * t.itemSize());
    }

    /** Writes {@code n} elements of {@code src} from {@code offset} into {@code dst} (its byte order). */
    static void encode(NumpyDType t, Object src, int offset, int n, ByteBuffer dst) {
        ByteBuffer view = dst.slice().order(dst.order());
        switch (t) {
            case BOOL, INT8, UINT8 -> view.put((byte[]) src, offset, n);
            case INT16 -> view.asShortBuffer().put((short[]) src, offset, n);
            case INT32 -> view.asIntBuffer().put((int[]) src, offset, n);
            case INT64 -> view.asLongBuffer().put((long[]) src, offset, n);
            case FLOAT32 -> view.asFloatBuffer().put((float[]) src, offset, n);
            case FLOAT64 -> view.asDoubleBuffer().put((double[]) src, offset, n);
            case OBJECT, UNICODE -> throw new IllegalArgumentException(t + " elements are not fixed-size numbers");
        }
        dst.position(dst.position() + n * t.itemSize());
    }

    /** Reads {@code n} fixed-width UTF-32 strings of {@code itemSize} bytes, dropping trailing NULs. */
    static List<String> decodeUnicode(ByteBuffer src, int itemSize, int n) {
        Charset cs = src.order() == ByteOrder.BIG_ENDIAN ? UTF_32BE : UTF_32LE;
        List<String> out = new ArrayList<>(n);
        byte[] item = new byte[itemSize];
        for (int i = 0; i < n; i++) {
            src.get(item);
            int end = itemSize;
            while (end >= 4 && isZero(item, end - 4)) {
                end -= 4;
            }
            out.add(new String(item, 0, end, cs));
        }
        return out;
    }

    private static boolean isZero(byte[] b, int at) {
        return b[at] == 0 && b[at + 1] == 0 && b[at + 2] == 0 && b[at + 3] == 0;
    }

    /** Elements {@code from..to-1} as floats. */
    static float[] toFloats(NumpyDType t, Object data, int from, int to) {
        float[] out = new float[to - from];
        switch (t) {
            case FLOAT32 -> System.arraycopy(data, from, out, 0, out.length);
            case FLOAT64 -> {
                double[] d = (double[]) data;
                for (int i = 0; i < out.length; i++) {
                    out[i] = (float) d[from + i];
                }
            }
            default -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = integerAt(t, data, from + i);
                }
            }
        }
        return out;
    }

    /** Elements {@code from..to-1} as doubles. */
    static double[] toDoubles(NumpyDType t, Object data, int from, int to) {
        double[] out = new double[to - from];
        switch (t) {
            case FLOAT32 -> {
                float[] f = (float[]) data;
                for (int i = 0; i < out.length; i++) {
                    out[i] = f[from + i];
                }
            }
            case FLOAT64 -> System.arraycopy(data, from, out, 0, out.length);
            default -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = integerAt(t, data, from + i);
                }
            }
        }
        return out;
    }

    /** Elements {@code from..to-1} of an integer type as longs (UINT8 unsigned, BOOL 0/1). */
    static long[] toLongs(NumpyDType t, Object data, int from, int to) {
        long[] out = new long[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = integerAt(t, data, from + i);
        }
        return out;
    }

    private static long integerAt(NumpyDType t, Object data, int i) {
        return switch (t) {
            case BOOL -> ((byte[]) data)[i] != 0 ? 1 : 0;
            case INT8 -> ((byte[]) data)[i];
            case UINT8 -> ((byte[]) data)[i] & 0xFF;
            case INT16 -> ((short[]) data)[i];
            case INT32 -> ((int[]) data)[i];
            case INT64 -> ((long[]) data)[i];
            default -> throw new IllegalStateException("Integer values need an integer dtype, this is " + t);
        };
    }
}
