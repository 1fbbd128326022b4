package io.latefusion.data.mosi;

import io.latefusion.data.format.PickleBytes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small MOSI pickles the way Python writes {@code {'train': {...}, 'valid': {...}, 'test':
 * {...}}} of numpy arrays, in any protocol, numpy module spelling and array order — so the loader
 * tests need no Python.
 */
final class MosiPickles {

    /** A numpy array to write: its type string, shape and C-order values. */
    record Array(String typestr, long[] shape, double[] values) {
    }

    /** A Python list of ints (how MMSA stores some lengths). */
    record IntList(List<Integer> values) {
    }

    /** A numpy object array of str. */
    record Strings(List<String> values) {
    }

    private final int protocol;
    private final String core;
    private final boolean fortran;
    private final Map<String, Map<String, Object>> splits = new LinkedHashMap<>();

    MosiPickles(int protocol, String core, boolean fortran) {
        this.protocol = protocol;
        this.core = core;
        this.fortran = fortran;
    }

    /** Sets {@code key} of {@code split} (null removes it). */
    MosiPickles put(String split, String key, Object value) {
        Map<String, Object> entries = splits.computeIfAbsent(split, s -> new LinkedHashMap<>());
        if (value == null) {
            entries.remove(key);
        } else {
            entries.put(key, value);
        }
        return this;
    }

    MosiPickles removeSplit(String split) {
        splits.remove(split);
        return this;
    }

    static Array floats(double[] values, long... shape) {
        return new Array("f4", shape, values);
    }

    static Array doubles(double[] values, long... shape) {
        return new Array("f8", shape, values);
    }

    static Array longs(double[] values, long... shape) {
        return new Array("i8", shape, values);
    }

    byte[] toBytes() {
        PickleBytes p = new PickleBytes().proto(protocol).emptyDict().mark();
        splits.forEach((split, entries) -> {
            p.str(split).emptyDict().mark();
            entries.forEach((key, value) -> {
                p.str(key);
                write(p, value);
            });
            p.setItems();
        });
        return p.setItems().stop().toByteArray();
    }

    private void write(PickleBytes p, Object value) {
        if (value instanceof Array a) {
            boolean f = fortran && a.shape().length > 1;
            p.ndarray(core, a.typestr(), "<", a.shape(), f, bytes(a, f));
        } else if (value instanceof IntList list) {
            p.emptyList().mark();
            list.values().forEach(p::integer);
            p.appends();
        } else if (value instanceof Strings strings) {
            p.global(core + ".multiarray", "_reconstruct").mark().global("numpy", "ndarray").intTuple(0)
                    .latin1Bytes(new byte[] {'b'}).tuple().reduce()
                    .mark().integer(1).intTuple(strings.values().size()).dtype("O8", "|").bool(false)
                    .emptyList().mark();
            strings.values().forEach(p::str);
            p.appends().tuple().build();
        } else {
            throw new IllegalArgumentException("Cannot write " + value);
        }
    }

    /** The raw little-endian bytes of {@code a}, column-major when {@code fortran}. */
    private static byte[] bytes(Array a, boolean fortran) {
        int size = a.typestr().endsWith("4") ? 4 : 8;
        ByteBuffer out = ByteBuffer.allocate(a.values().length * size).order(ByteOrder.LITTLE_ENDIAN);
        long[] shape = a.shape();
        int[] index = new int[shape.length];
        for (int k = 0; k < a.values().length; k++) {
            // k walks the memory order; find the C-order position of that element
            int rest = k;
            if (fortran) {
                for (int d = 0; d < shape.length; d++) {
                    index[d] = (int) (rest % shape[d]);
                    rest /= (int) shape[d];
                }
            } else {
                for (int d = shape.length - 1; d >= 0; d--) {
                    index[d] = (int) (rest % shape[d]);
                    rest /= (int) shape[d];
                }
            }
            int c = 0;
            for (int d = 0; d < shape.length; d++) {
                c = c * (int) shape[d] + index[d];
            }
            double v = a.values()[c];
            switch (a.typestr()) {
                case "f4" -> out.putFloat((float) v);
                case "f8" -> out.putDouble(v);
                default -> out.putLong((long) v);
            }
        }
        return out.array();
    }
}
