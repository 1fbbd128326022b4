package io.latefusion.data.format;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import net.razorvine.pickle.IObjectConstructor;
import net.razorvine.pickle.PickleException;
import net.razorvine.pickle.Unpickler;

/**
 * What Pyrolite needs to unpickle numpy objects: constructors for {@code numpy.dtype},
 * {@code _reconstruct} (protocols 2–4), {@code _frombuffer} (protocol 5), {@code scalar} and
 * {@code _codecs.encode}, under both the numpy 1 ({@code numpy.core}) and numpy 2
 * ({@code numpy._core}) module names. An ndarray pickles as {@code _reconstruct(...)} followed by
 * BUILD with the state {@code (version, shape, dtype, is_fortran, rawdata)}; Pyrolite applies BUILD
 * by calling {@code __setstate__} reflectively, hence the two public holder classes.
 */
final class NumpyPickling {

    private NumpyPickling() {
    }

    /** Registers the constructors in Pyrolite's global table. */
    static void register() {
        for (String core : List.of("numpy.core", "numpy._core")) {
            Unpickler.registerConstructor(core + ".multiarray", "_reconstruct", args -> new PickledNdarray());
            Unpickler.registerConstructor(core + ".multiarray", "scalar", NumpyPickling::scalar);
            Unpickler.registerConstructor(core + ".numeric", "_frombuffer", NumpyPickling::fromBuffer);
        }
        Unpickler.registerConstructor("numpy", "dtype", PickledDType::new);
        Unpickler.registerConstructor("_codecs", "encode", NumpyPickling::encode);
    }

    /**
     * An ndarray under construction: {@code _reconstruct} makes it empty, BUILD fills it. Public only
     * because Pyrolite calls {@link #__setstate__} reflectively; {@link PickleReader} swaps it for its
     * {@link NumpyArray} before anyone else sees it.
     */
    public static final class PickledNdarray {
        private NumpyArray array;

        /** Applies the state tuple {@code ([version,] shape, dtype, is_fortran, rawdata)}. */
        public void __setstate__(Object[] state) {
            if (state.length != 4 && state.length != 5) {
                throw new PickleException("ndarray state has " + state.length + " items, expected 4 or 5");
            }
            int at = state.length - 4;
            array = build(state[at + 1], state[at], Boolean.TRUE.equals(state[at + 2]), state[at + 3]);
        }

        NumpyArray array() {
            if (array == null) {
                throw new PickleException("an ndarray was created without its state");
            }
            return array;
        }
    }

    /**
     * A numpy dtype: built from {@code dtype(typestr, align, copy)}, its byte order set by BUILD with
     * the state {@code (version, byteorder, ...)}. Public only for Pyrolite's reflective BUILD.
     */
    public static final class PickledDType {
        private TypeDescr type;

        PickledDType(Object[] args) {
            Object typestr = args.length > 0 ? args[0] : null;
            type = typestr instanceof String s ? TypeDescr.parse(s) : null;
            if (type == null) {
                throw new PickleException("unsupported numpy dtype " + typestr
                        + ", expected b1, i1, u1, i2, i4, i8, f4, f8, O or U<n>");
            }
        }

        /** Applies the state tuple; its second item is the byte order ('<', '>', '|' or '='). */
        public void __setstate__(Object[] state) {
            if (state.length > 1 && state[1] instanceof String order && order.length() == 1) {
                type = type.withOrder(TypeDescr.byteOrder(order.charAt(0)));
            }
        }

        TypeDescr type() {
            return type;
        }
    }

    /** {@code scalar(dtype, rawdata)}: a numpy scalar, read as a 0-d array. */
    private static Object scalar(Object[] args) {
        requireArgs("scalar", args, 2);
        PickledDType dtype = dtype("scalar", args[0]);
        Object raw = dtype.type().dtype() == NumpyDType.OBJECT ? Collections.singletonList(args[1]) : args[1];
        return build(dtype, new Object[0], false, raw);
    }

    /** {@code _frombuffer(buffer, dtype, shape, order)}: how protocol 5 pickles a contiguous array. */
    private static Object fromBuffer(Object[] args) {
        requireArgs("_frombuffer", args, 4);
        return build(args[1], args[2], "F".equals(args[3]), args[0]);
    }

    /** {@code _codecs.encode(text, encoding)}: how protocol 2 carries bytes, usually as latin-1. */
    private static Object encode(Object[] args) {
        if (args.length < 1 || !(args[0] instanceof String text)) {
            throw new PickleException("_codecs.encode expected a string argument");
        }
        String name = args.length > 1 && args[1] instanceof String s ? s : "utf-8";
        Charset charset = switch (name.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "latin1", "latin-1", "iso-8859-1", "iso8859-1", "l1" -> StandardCharsets.ISO_8859_1;
            default -> Charset.forName(name);
        };
        return text.getBytes(charset);
    }

    /** A C-order array from a dtype, a shape tuple and raw data (bytes, a latin-1 string or a list of objects). */
    private static NumpyArray build(Object dtypeArg, Object shapeArg, boolean fortran, Object raw) {
        TypeDescr type = dtype("ndarray", dtypeArg).type();
        long[] shape = longs("shape", shapeArg);
        int count = ArrayCodec.elementCount(shape);
        StridedLayout layout = fortran ? StridedLayout.fortranOrder(shape) : StridedLayout.cOrder(shape);
        if (type.dtype() == NumpyDType.OBJECT) {
            if (!(raw instanceof List<?> items) || items.size() != count) {
                throw new PickleException("object ndarray of shape " + Arrays.toString(shape)
                        + " expected a list of " + count + " items");
            }
            List<Object> resolved = new ArrayList<>(count);
            for (Object item : items) {
                resolved.add(PickleReader.resolveArrays(item));
            }
            return new NumpyArray(NumpyDType.OBJECT, shape, layout.gather(resolved));
        }
        ByteBuffer bytes = ByteBuffer.wrap(raw instanceof String s ? s.getBytes(StandardCharsets.ISO_8859_1)
                : raw instanceof byte[] b ? b : new byte[0]).order(type.order());
        long needed = (long) count * type.itemSize();
        if (bytes.remaining() != needed) {
            throw new PickleException("ndarray of shape " + Arrays.toString(shape) + " and dtype "
                    + type.dtype() + " expected " + needed + " data bytes, got "
                    + (raw instanceof String || raw instanceof byte[] ? bytes.remaining() + "" : describe(raw)));
        }
        return ArrayCodec.decodeArray(type, shape, layout.gather(bytes, type.itemSize()));
    }

    /** A tuple of Python ints as longs. */
    static long[] longs(String what, Object tuple) {
        if (!(tuple instanceof Object[] items)) {
            throw new PickleException(what + " expected a tuple of ints, got " + describe(tuple));
        }
        long[] out = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof Number n)) {
                throw new PickleException(what + " expected a tuple of ints, got " + describe(items[i]) + " in it");
            }
            out[i] = n.longValue();
        }
        return out;
    }

    /** A short description of an unpickled value for error messages. */
    static String describe(Object o) {
        return o == null ? "None" : o.getClass().getSimpleName();
    }

    private static PickledDType dtype(String what, Object arg) {
        if (!(arg instanceof PickledDType d)) {
            throw new PickleException(what + " expected a numpy dtype, got " + describe(arg));
        }
        return d;
    }

    private static void requireArgs(String what, Object[] args, int n) {
        if (args.length != n) {
            throw new PickleException(what + " expected " + n + " arguments, got " + args.length);
        }
    }
}
