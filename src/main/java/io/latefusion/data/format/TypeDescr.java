package io.latefusion.data.format;

import java.nio.ByteOrder;

/**
 * A numpy type string taken apart: element type, byte order and bytes per element. numpy writes it as
 * an optional byte-order character ({@code < > | =}) then a kind and a size ("<f4", "|u1", "f8",
 * "<U12", "|O").
 */
record TypeDescr(NumpyDType dtype, ByteOrder order, int itemSize) {

    /** The type string parsed, or null when the type is not one of {@link NumpyDType}. */
    static TypeDescr parse(String typestr) {
        if (typestr == null || typestr.isEmpty()) {
            return null;
        }
        char first = typestr.charAt(0);
        ByteOrder order = byteOrder(first);
        String code = "<>|=".indexOf(first) >= 0 ? typestr.substring(1) : typestr;
        if (code.isEmpty()) {
            return null;
        }
        char kind = code.charAt(0);
        int size;
        try {
            size = code.length() == 1 ? 0 : Integer.parseInt(code.substring(1));
        } catch (NumberFormatException e) {
            return null;
        }
        NumpyDType dtype = switch (kind) {
            case 'b' -> size == 1 ? NumpyDType.BOOL : null;
            case 'i' -> switch (size) {
                case 1 -> NumpyDType.INT8;
                case 2 -> NumpyDType.INT16;
                case 4 -> NumpyDType.INT32;
                case 8 -> NumpyDType.INT64;
                default -> null;
            };
            case 'u' -> size == 1 ? NumpyDType.UINT8 : null;
            case 'f' -> switch (size) {
                case 4 -> NumpyDType.FLOAT32;
                case 8 -> NumpyDType.FLOAT64;
                default -> null;
            };
            case 'O' -> NumpyDType.OBJECT;
            case 'U' -> size > 0 ? NumpyDType.UNICODE : null;
            default -> null;
        };
        if (dtype == null) {
            return null;
        }
        int itemSize = switch (dtype) {
            case OBJECT -> 0;
            case UNICODE -> 4 * size;
            default -> dtype.itemSize();
        };
        return new TypeDescr(dtype, order, itemSize);
    }

    /** The byte order a numpy byte-order character stands for ('|' and '=' read as native). */
    static ByteOrder byteOrder(char c) {
        return switch (c) {
            case '<' -> ByteOrder.LITTLE_ENDIAN;
            case '>' -> ByteOrder.BIG_ENDIAN;
            default -> ByteOrder.nativeOrder();
        };
    }

    TypeDescr withOrder(ByteOrder newOrder) {
        return new TypeDescr(dtype, newOrder, itemSize);
    }
}
