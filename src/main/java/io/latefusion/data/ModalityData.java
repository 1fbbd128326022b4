package io.latefusion.data;

import java.util.Arrays;

/**
 * One modality of one split: {@link Samples} of {@code sampleShape}, held on the heap or read from a
 * mapped file. NDArrays are made from it per batch, never for the whole split. A sequence modality
 * may carry each sample's real length ({@code lengths}, null when every sample fills its whole first
 * axis): the steps {@code 0..length-1} hold the sequence, the rest is padding that sequence encoders
 * mask out.
 */
public record ModalityData(long[] sampleShape, Samples samples, int[] lengths) {

    public ModalityData {
        sampleShape = sampleShape.clone();
        if (samples.sampleSize() != sizeOf(sampleShape)) {
            throw new IllegalArgumentException("Samples of " + samples.sampleSize() + " values do not have the shape "
                    + Arrays.toString(sampleShape) + " (" + sizeOf(sampleShape) + " values)");
        }
        int count = samples.count();
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
    public ModalityData(long[] sampleShape, Samples samples) {
        this(sampleShape, samples, null);
    }

    /** {@code count} samples held on the heap in {@code values}, row-major, with their lengths (or null). */
    public ModalityData(long[] sampleShape, int count, float[] values, int[] lengths) {
        this(sampleShape, onHeap(sampleShape, count, values), lengths);
    }

    /** {@code count} samples held on the heap that fill their whole shape (no lengths). */
    public ModalityData(long[] sampleShape, int count, float[] values) {
        this(sampleShape, count, values, null);
    }

    private static Samples onHeap(long[] sampleShape, int count, float[] values) {
        long per = sizeOf(sampleShape);
        if (count < 0 || per * count != values.length) {
            throw new IllegalArgumentException("Expected " + count + " samples of shape "
                    + Arrays.toString(sampleShape) + " (" + per * count + " values), got " + values.length);
        }
        return new HeapSamples(values, (int) per);
    }

    private static int sizeOf(long[] sampleShape) {
        long per = 1;
        for (long d : sampleShape) {
            if (d <= 0) {
                throw new IllegalArgumentException("Sample shape must be positive: " + Arrays.toString(sampleShape));
            }
            per *= d;
        }
        if (per > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Sample shape " + Arrays.toString(sampleShape) + " is too large");
        }
        return (int) per;
    }

    /** The number of samples. */
    public int count() {
        return samples.count();
    }

    /** Values per sample. */
    public int sampleSize() {
        return samples.sampleSize();
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
        samples.copy(index, dest, offset);
    }
}
