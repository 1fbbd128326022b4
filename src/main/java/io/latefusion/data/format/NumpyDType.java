package io.latefusion.data.format;

/**
 * The numpy element types this project reads, with the array-protocol type string numpy writes for
 * them in little-endian files. Each maps to one Java backing array (see {@link NumpyArray}).
 */
public enum NumpyDType {
    BOOL("|b1", 1),
    INT8("|i1", 1),
    UINT8("|u1", 1),
    INT16("<i2", 2),
    INT32("<i4", 4),
    INT64("<i8", 8),
    FLOAT32("<f4", 4),
    FLOAT64("<f8", 8),
    /** Python objects ({@code |O}): strings, numbers, None; only from pickles. */
    OBJECT("|O", 0),
    /** Fixed-width unicode ({@code <U n}): read as strings, trailing NULs dropped. */
    UNICODE("<U", 0);

    private final String descr;
    private final int itemSize;

    NumpyDType(String descr, int itemSize) {
        this.descr = descr;
        this.itemSize = itemSize;
    }

    /** The little-endian type string numpy uses ("<f4"); for UNICODE without its width. */
    public String descr() {
        return descr;
    }

    /** Bytes per element, 0 when it is not fixed by the type (OBJECT, UNICODE). */
    public int itemSize() {
        return itemSize;
    }

    /** Whether the elements are integers (BOOL counts as 0/1). */
    public boolean isInteger() {
        return this == BOOL || this == INT8 || this == UINT8 || this == INT16 || this == INT32 || this == INT64;
    }

    /** Whether the elements are numbers, i.e. convertible to floats. */
    public boolean isNumeric() {
        return isInteger() || this == FLOAT32 || this == FLOAT64;
    }
}
