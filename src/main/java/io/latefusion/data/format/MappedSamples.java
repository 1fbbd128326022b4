package io.latefusion.data.format;

import io.latefusion.data.Samples;

/**
 * Rows {@code first..first+count-1} of a {@link MappedArray} as samples, each value divided by
 * {@code divisor} (MultiBench's 255) as it is copied: train and validation can be two row ranges of
 * one mapped file, neither copied.
 */
public record MappedSamples(MappedArray array, int first, int count, float divisor) implements Samples {

    public MappedSamples {
        if (first < 0 || count < 0 || first + (long) count > array.rows()) {
            throw new IllegalArgumentException("Rows " + first + ".." + (first + (long) count) + " are outside the "
                    + array.rows() + " rows of " + array.file());
        }
    }

    @Override
    public int sampleSize() {
        return array.rowSize();
    }

    @Override
    public void copy(int index, float[] dest, int offset) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("Sample " + index + " outside 0.." + (count - 1));
        }
        array.copyRow(first + (long) index, dest, offset);
        for (int i = offset, end = offset + array.rowSize(); i < end; i++) {
            dest[i] /= divisor;
        }
    }
}
