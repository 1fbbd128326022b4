package io.latefusion.data;

import java.util.Arrays;

/**
 * One modality of one split, held on the Java heap: {@code count} samples of {@code sampleShape},
 * row-major, one after another. NDArrays are made from it per batch, never for the whole split.
 * A sequence modality may carry each sample's real length ({@code lengths}, null when every sample
 * fills its whole first axis): the steps {@code 0..length-1} hold the sequence, the rest is padding
 * that sequence encoders mask out.
 */
public record ModalityData(long[] sampleShape, int count, float[] values, int[] lengths) {

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
        if (lengths != null) {
            if (lengths.length != count) {
                throw new IllegalArgumentException("Expected " + count + " lengths, one per sample, got " + lengths.length);
            }
            for (int i = 0; i < count; i++) {
                if (lengths[i] < 0 || lengths[i] > sampleShape[0]) {
                    throw new IllegalArgumentException("Length " + lengths[i] + " of sample " + i
                            + " is outside 0.." + sampleShape[0] + " (the sequence length of shape "
                            + Arrays.toString(sampleShape) + ")");
                }
            }
            lengths = lengths.clone();
        }
    }

    /** Samples that fill their whole shape (no lengths). */
    public ModalityData(long[] sampleShape, int count, float[] values) {
        this(sampleShape, count, values, null);
    }

    /** Values per sample. */
    public int sampleSize() {
        return count == 0 ? (int) Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b) : values.length / count;
    }

    @Override
    public long[] sampleShape() {
        return sampleShape.clone();
    }

    /** Whether the samples carry their own lengths. */
    public boolean hasLengths() {
        return lengths != null;
    }

    /** The real length of sample {@code index}: its recorded length, or the whole first axis. */
    public int length(int index) {
        return lengths == null ? (int) sampleShape[0] : lengths[index];
    }

    @Override
    public int[] lengths() {
        return lengths == null ? null : lengths.clone();
    }

    /** Copies sample {@code index} into {@code dest} at {@code offset}. */
    public void copySample(int index, float[] dest, int offset) {
        int n = sampleSize();
        System.arraycopy(values, index * n, dest, offset, n);
    }

}
