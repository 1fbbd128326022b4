package io.latefusion.data;

import java.util.Arrays;

/**
 * One modality of one split, held on the Java heap: {@code count} samples of {@code sampleShape},
 * row-major, one after another. NDArrays are made from it per batch, never for the whole split.
 */
public record ModalityData(long[] sampleShape, int count, float[] values) {

    public ModalityData {
        sampleShape = sampleShape.clone();
        long per = 1;
        for (long d : sampleShape) {
            if (d <= 0) {
                throw new IllegalArgumentException("Sample shape must be positive: " + Arrays.toString(sampleShape));
            }
            per *= d;
        }
        if (count < 0 || per * count != values.length) {
            throw new IllegalArgumentException("Expected " + count + " samples of shape "
                    + Arrays.toString(sampleShape) + " (" + per * count + " values), got " + values.length);
        }
    }

    /** Values per sample. */
    public int sampleSize() {
        return count == 0 ? (int) Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b) : values.length / count;
    }

    @Override
    public long[] sampleShape() {
        return sampleShape.clone();
    }

    /** Copies sample {@code index} into {@code dest} at {@code offset}. */
    public void copySample(int index, float[] dest, int offset) {
        int n = sampleSize();
        System.arraycopy(values, index * n, dest, offset, n);
    }

}
