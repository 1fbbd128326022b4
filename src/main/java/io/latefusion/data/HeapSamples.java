package io.latefusion.data;

/** Samples held on the Java heap: {@code values} holds them row-major, one after another. */
public record HeapSamples(float[] values, int sampleSize) implements Samples {

    public HeapSamples {
        if (sampleSize <= 0 || values.length % sampleSize != 0) {
            throw new IllegalArgumentException(values.length + " values do not make whole samples of "
                    + sampleSize);
        }
    }

    @Override
    public int count() {
        return values.length / sampleSize;
    }

    @Override
    public void copy(int index, float[] dest, int offset) {
        System.arraycopy(values, index * sampleSize, dest, offset, sampleSize);
    }
}
