package io.latefusion.data;

/**
 * Where the samples of one modality of one split come from — the heap, a memory-mapped file, rows
 * indexing shared samples: {@code count} rows of {@code sampleSize} values, copied out one row at a
 * time as floats, so a split never needs to exist as one array. Copies may run concurrently.
 */
public interface Samples {

    /** The number of samples. */
    int count();

    /** Values per sample. */
    int sampleSize();

    /** Copies sample {@code index}, as floats, into {@code dest} from {@code offset}. */
    void copy(int index, float[] dest, int offset);
}
