package io.latefusion.data.avmnist;

import io.latefusion.data.Samples;

/**
 * Images held as their raw 0–255 pixels, one byte each, mapped to input values by an
 * {@link ImageMapping} as a sample is copied: a quarter of the heap the floats would take.
 */
record PixelSamples(byte[] pixels, int sampleSize, ImageMapping mapping) implements Samples {

    PixelSamples {
        if (sampleSize <= 0 || pixels.length % sampleSize != 0) {
            throw new IllegalArgumentException(pixels.length + " pixels do not make whole images of " + sampleSize);
        }
    }

    @Override
    public int count() {
        return pixels.length / sampleSize;
    }

    @Override
    public void copy(int index, float[] dest, int offset) {
        int from = index * sampleSize;
        for (int i = 0; i < sampleSize; i++) {
            dest[offset + i] = mapping.apply(pixels[from + i] & 0xFF);
        }
    }
}
