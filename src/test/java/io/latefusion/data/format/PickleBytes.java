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

    public PickleBytes proto(int version) {
        return op(0x80).op(version);
    }

    /** GLOBAL 'module name'. */
    public PickleBytes global(String module, String name) {
        return op('c').raw((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
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

    /** {@code _codecs.encode(latin1 text of b, 'latin1')}: how protocol 2 writes bytes. */
    public PickleBytes latin1Bytes(byte[] b) {
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
