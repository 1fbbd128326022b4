package io.latefusion.data.format;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Hand-assembles pickle opcodes, so tests build the exact byte streams numpy and torch write without
 * running Python. Each method appends one opcode (or a short, named idiom of several).
 */
public final class PickleBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int protocol = 2;

    /** PROTO; from protocol 4 on, {@link #global} writes what Python 3.8+ writes (STACK_GLOBAL, MEMOIZE). */
    public PickleBytes proto(int version) {
        protocol = version;
        op(0x80).op(version);
        return version >= 4 ? frame() : this;
    }

    /** A protocol-4 FRAME header (its length is informative only; readers here ignore it). */
    public PickleBytes frame() {
        return op(0x95).raw(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0).array());
    }

    /**
     * A reference to {@code module.name}: GLOBAL 'module name' up to protocol 3, and SHORT_BINUNICODE
     * module, MEMOIZE, SHORT_BINUNICODE name, MEMOIZE, STACK_GLOBAL, MEMOIZE from protocol 4.
     */
    public PickleBytes global(String module, String name) {
        if (protocol >= 4) {
            return shortStr(module).memoize().shortStr(name).memoize().op(0x93).memoize();
        }
        return op('c').raw((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** SHORT_BINUNICODE (protocol 4). */
    public PickleBytes shortStr(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return op(0x8c).op(b.length).raw(b);
    }

    /** MEMOIZE (protocol 4): stores the top of the stack in the next memo slot. */
    public PickleBytes memoize() {
        return op(0x94);
    }

    /** BINUNICODE. */
    public PickleBytes str(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return op('X').int4(b.length).raw(b);
    }

    /** BINBYTES. */
    public PickleBytes bytes(byte[] b) {
        return op('B').int4(b.length).raw(b);
    }

    /** BININT. */
    public PickleBytes integer(int v) {
        return op('J').int4(v);
    }

    public PickleBytes bool(boolean v) {
        return op(v ? 0x88 : 0x89);
    }

    public PickleBytes none() {
        return op('N');
    }

    public PickleBytes mark() {
        return op('(');
    }

    /** TUPLE: everything since the last mark. */
    public PickleBytes tuple() {
        return op('t');
    }

    public PickleBytes emptyList() {
        return op(']');
    }

    /** APPENDS: everything since the last mark onto the list below it. */
    public PickleBytes appends() {
        return op('e');
    }

    public PickleBytes emptyDict() {
        return op('}');
    }

    /** SETITEMS: key/value pairs since the last mark into the dict below it. */
    public PickleBytes setItems() {
        return op('u');
    }

    public PickleBytes reduce() {
        return op('R');
    }

    public PickleBytes build() {
        return op('b');
    }

    public PickleBytes binPersId() {
        return op('Q');
    }

    public PickleBytes stop() {
        return op('.');
    }

    /** A tuple of ints. */
    public PickleBytes intTuple(long... values) {
        mark();
        for (long v : values) {
            integer(Math.toIntExact(v));
        }
        return tuple();
    }

    /**
     * Bytes as Python writes them: {@code _codecs.encode(latin1 text of b, 'latin1')} in protocol 2,
     * BINBYTES from protocol 3.
     */
    public PickleBytes latin1Bytes(byte[] b) {
        if (protocol >= 3) {
            return bytes(b);
        }
        return global("_codecs", "encode").mark().str(new String(b, StandardCharsets.ISO_8859_1)).str("latin1")
                .tuple().reduce();
    }

    /** {@code numpy.dtype(typestr, False, True)} then BUILD with the byte order {@code endian}. */
    public PickleBytes dtype(String typestr, String endian) {
        global("numpy", "dtype").mark().str(typestr).bool(false).bool(true).tuple().reduce();
        return mark().integer(3).str(endian).none().none().none().integer(-1).integer(-1).integer(0).tuple().build();
    }

    /**
     * An ndarray the way {@code ndarray.__reduce__} pickles it: {@code <core>.multiarray._reconstruct(
     * numpy.ndarray, (0,), b'b')} then BUILD with {@code (1, shape, dtype, fortran, rawdata)}.
     */
    public PickleBytes ndarray(String core, String typestr, String endian, long[] shape, boolean fortran, byte[] raw) {
        global(core + ".multiarray", "_reconstruct").mark().global("numpy", "ndarray").intTuple(0)
                .latin1Bytes(new byte[] {'b'}).tuple().reduce();
        mark().integer(1).intTuple(shape);
        dtype(typestr, endian);
        return bool(fortran).latin1Bytes(raw).tuple().build();
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    /** Little-endian bytes of floats. */
    public static byte[] floatsLE(float... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    /** Little-endian bytes of doubles. */
    public static byte[] doublesLE(double... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            b.putDouble(v);
        }
        return b.array();
    }

    private PickleBytes op(int code) {
        out.write(code);
        return this;
    }

    private PickleBytes int4(int v) {
        return raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
    }

    private PickleBytes raw(byte[] b) {
        out.writeBytes(b);
        return this;
    }
}
