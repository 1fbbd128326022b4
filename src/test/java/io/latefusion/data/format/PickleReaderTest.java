package io.latefusion.data.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.DataException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PickleReaderTest {

    private static final double[] ROW_MAJOR = {0, 1, 2, 3, 4, 5};
    /** The 2×3 array [[0, 1, 2], [3, 4, 5]] stored column by column. */
    private static final double[] COLUMN_MAJOR = {0, 3, 1, 4, 2, 5};

    @ParameterizedTest
    @ValueSource(strings = {"numpy.core", "numpy._core"})
    void readsCOrderNdarrayUnderBothNumpyModuleNames(String core) {
        byte[] pickle = new PickleBytes().proto(2)
                .ndarray(core, "f8", "<", new long[] {2, 3}, false, PickleBytes.doublesLE(ROW_MAJOR)).stop().toByteArray();
        NumpyArray a = (NumpyArray) PickleReader.read(pickle, "c.pkl");
        assertThat(a.dtype()).isEqualTo(NumpyDType.FLOAT64);
        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(a.toDoubles()).containsExactly(ROW_MAJOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"numpy.core", "numpy._core"})
    void convertsFortranOrderToCOrder(String core) {
        byte[] pickle = new PickleBytes().proto(2)
                .ndarray(core, "f8", "<", new long[] {2, 3}, true, PickleBytes.doublesLE(COLUMN_MAJOR)).stop().toByteArray();
        NumpyArray a = (NumpyArray) PickleReader.read(pickle, "f.pkl");
        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(a.toDoubles()).containsExactly(ROW_MAJOR);
    }

    @ParameterizedTest
    @CsvSource({"numpy.core, false", "numpy.core, true", "numpy._core, false", "numpy._core, true"})
    void readsProtocol4DictsOfArraysInEitherOrderUnderBothModuleNames(String core, boolean fortran) {
        byte[] pickle = new PickleBytes().proto(4).emptyDict().memoize().mark()
                .shortStr("audio").ndarray(core, "f4", "<", new long[] {2, 3}, fortran,
                        PickleBytes.floatsLE(toFloats(fortran ? COLUMN_MAJOR : ROW_MAJOR)))
                .shortStr("lengths").ndarray(core, "i8", "<", new long[] {2}, false,
                        ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(3).putLong(1).array())
                .shortStr("labels").ndarray(core, "f8", "<", new long[] {2}, false, PickleBytes.doublesLE(-0.0, 3))
                .setItems().stop().toByteArray();
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) PickleReader.read(pickle, "p4.pkl");
        NumpyArray audio = (NumpyArray) root.get("audio");
        assertThat(audio.shape()).containsExactly(2, 3);
        assertThat(audio.toFloats()).containsExactly(toFloats(ROW_MAJOR));
        assertThat(((NumpyArray) root.get("lengths")).toLongs()).containsExactly(3, 1);
        assertThat(((NumpyArray) root.get("labels")).toDoubles()).containsExactly(-0.0, 3.0);
    }

    @Test
    void readsProtocol4ObjectArraysOfStrings() {
        byte[] pickle = new PickleBytes().proto(4)
                .global("numpy._core.multiarray", "_reconstruct").mark().global("numpy", "ndarray").intTuple(0)
                .latin1Bytes(new byte[] {'b'}).tuple().reduce()
                .mark().integer(1).intTuple(3).dtype("O8", "|").bool(false)
                .emptyList().mark().shortStr("03bSnISJMiM_1").shortStr("a b").str("\u00e9t\u00e9").appends()
                .tuple().build().stop().toByteArray();
        assertThat(((NumpyArray) PickleReader.read(pickle, "ids.pkl")).strings())
                .containsExactly("03bSnISJMiM_1", "a b", "\u00e9t\u00e9");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void refusesClassesOutsideNumpyAndBuiltinsWithoutConstructingThem(int protocol) {
        byte[] pickle = new PickleBytes().proto(protocol)
                .global("os", "system").mark().str("echo hi").tuple().reduce().stop().toByteArray();
        assertThatThrownBy(() -> PickleReader.read(pickle, "evil.pkl")).isInstanceOf(DataException.class)
                .hasMessageContaining("evil.pkl").hasMessageContaining("os.system")
                .hasMessageContaining("refused");
        byte[] torch = new PickleBytes().proto(protocol).global("torch._utils", "_rebuild_tensor_v2").stop()
                .toByteArray();
        assertThatThrownBy(() -> PickleReader.read(torch, "tensor.pkl")).isInstanceOf(DataException.class)
                .hasMessageContaining("torch._utils._rebuild_tensor_v2");
    }

    @Test
    void acceptsCollectionsOrderedDict() {
        byte[] pickle = new PickleBytes().proto(4).global("collections", "OrderedDict").mark().tuple().reduce()
                .mark().shortStr("n").integer(7).setItems().stop().toByteArray();
        assertThat(((Map<?, ?>) PickleReader.read(pickle, "ordered.pkl")).get("n")).isEqualTo(7);
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    @Test
    void readsIntegerBoolAndBigEndianDtypes() {
        ByteBuffer i8 = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(-7).putLong(1L << 40);
        ByteBuffer i4 = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putInt(-3).putInt(70000);
        byte[] pickle = new PickleBytes().proto(2).mark()
                .ndarray("numpy.core", "u1", "|", new long[] {3}, false, new byte[] {0, (byte) 255, 9})
                .ndarray("numpy.core", "i8", "<", new long[] {2}, false, i8.array())
                .ndarray("numpy.core", "i4", ">", new long[] {2}, false, i4.array())
                .ndarray("numpy.core", "b1", "|", new long[] {2}, false, new byte[] {1, 0})
                .ndarray("numpy.core", "f4", "<", new long[] {}, false, PickleBytes.floatsLE(2.5f))
                .tuple().stop().toByteArray();
        Object[] arrays = (Object[]) PickleReader.read(pickle, "ints.pkl");
        assertThat(((NumpyArray) arrays[0]).toLongs()).containsExactly(0, 255, 9);
        assertThat(((NumpyArray) arrays[1]).toLongs()).containsExactly(-7, 1L << 40);
        assertThat(((NumpyArray) arrays[2]).dtype()).isEqualTo(NumpyDType.INT32);
        assertThat(((NumpyArray) arrays[2]).toLongs()).containsExactly(-3, 70000);
        assertThat(((NumpyArray) arrays[3]).toFloats()).containsExactly(1f, 0f);
        assertThat(((NumpyArray) arrays[4]).ndim()).isZero();
        assertThat(((NumpyArray) arrays[4]).item()).isEqualTo(2.5);
    }

    @Test
    void readsObjectArraysOfStringsInFortranOrder() {
        PickleBytes p = new PickleBytes().proto(2)
                .global("numpy.core.multiarray", "_reconstruct").mark().global("numpy", "ndarray").intTuple(0)
                .latin1Bytes(new byte[] {'b'}).tuple().reduce()
                .mark().integer(1).intTuple(2, 2).dtype("O8", "|").bool(true)
                .emptyList().mark().str("a").str("c").str("b").str("d").appends()
                .tuple().build().stop();
        NumpyArray a = (NumpyArray) PickleReader.read(p.toByteArray(), "ids.pkl");
        assertThat(a.dtype()).isEqualTo(NumpyDType.OBJECT);
        assertThat(a.strings()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void readsFixedWidthUnicodeArrays() {
        ByteBuffer utf32 = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        for (int cp : new int[] {'h', 'i', 0, 0x00e9, 't', 'e'}) {
            utf32.putInt(cp);
        }
        byte[] pickle = new PickleBytes().proto(2)
                .ndarray("numpy._core", "U3", "<", new long[] {2}, false, utf32.array()).stop().toByteArray();
        assertThat(((NumpyArray) PickleReader.read(pickle, "text.pkl")).strings()).containsExactly("hi", "\u00e9te");
    }

    @Test
    void replacesArraysInsideDictsListsAndTuples() {
        byte[] raw = PickleBytes.floatsLE(1, 2);
        byte[] pickle = new PickleBytes().proto(2).emptyDict().mark()
                .str("train").emptyDict().mark()
                .str("audio").ndarray("numpy.core", "f4", "<", new long[] {2}, false, raw)
                .str("lengths").emptyList().mark()
                .mark().ndarray("numpy.core", "f4", "<", new long[] {2}, false, raw).tuple()
                .appends()
                .setItems()
                .setItems().stop().toByteArray();
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) PickleReader.read(pickle, "nested.pkl");
        @SuppressWarnings("unchecked")
        Map<String, Object> train = (Map<String, Object>) root.get("train");
        assertThat(((NumpyArray) train.get("audio")).toFloats()).containsExactly(1f, 2f);
        Object[] tuple = (Object[]) ((List<?>) train.get("lengths")).get(0);
        assertThat(((NumpyArray) tuple[0]).toFloats()).containsExactly(1f, 2f);
    }

    @Test
    void readsProtocol5FromBufferAndScalars() {
        byte[] pickle = new PickleBytes().proto(5).mark()
                .global("numpy._core.numeric", "_frombuffer").mark()
                .bytes(PickleBytes.doublesLE(COLUMN_MAJOR)).dtype("f8", "<").intTuple(2, 3).str("F")
                .tuple().reduce()
                .global("numpy.core.multiarray", "scalar").mark().dtype("i8", "<")
                .latin1Bytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(1284).array())
                .tuple().reduce()
                .tuple().stop().toByteArray();
        Object[] items = (Object[]) PickleReader.read(pickle, "p5.pkl");
        assertThat(((NumpyArray) items[0]).toDoubles()).containsExactly(ROW_MAJOR);
        assertThat(((NumpyArray) items[1]).item()).isEqualTo(1284.0);
    }

    @Test
    void readsFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one.pkl");
        Files.write(file, new PickleBytes().proto(2)
                .ndarray("numpy.core", "u1", "|", new long[] {2}, false, new byte[] {4, 5}).stop().toByteArray());
        assertThat(((NumpyArray) PickleReader.read(file)).toLongs()).containsExactly(4, 5);
        assertThatThrownBy(() -> PickleReader.read(dir.resolve("none.pkl"))).isInstanceOf(DataException.class)
                .hasMessageContaining("none.pkl");
    }

    @Test
    void refusesShortDataUnsupportedDtypesAndGarbageNamingTheSource() {
        byte[] shortData = new PickleBytes().proto(2)
                .ndarray("numpy.core", "f8", "<", new long[] {2, 3}, false, new byte[40]).stop().toByteArray();
        assertThatThrownBy(() -> PickleReader.read(shortData, "short.pkl")).isInstanceOf(DataException.class)
                .hasMessageContaining("short.pkl").hasMessageContaining("expected 48 data bytes, got 40");
        byte[] complex = new PickleBytes().proto(2)
                .ndarray("numpy.core", "c16", "<", new long[] {1}, false, new byte[16]).stop().toByteArray();
        assertThatThrownBy(() -> PickleReader.read(complex, "complex.pkl")).isInstanceOf(DataException.class)
                .hasMessageContaining("complex.pkl").hasMessageContaining("c16");
        byte[] garbage = "hello".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> PickleReader.read(garbage, "garbage.pkl")).isInstanceOf(DataException.class)
                .hasMessageContaining("garbage.pkl");
    }
}
