package io.latefusion.model;

import java.util.Arrays;

/** Build-time check that an encoder's max-pooling stages leave every spatial dimension ≥ 1. */
final class SpatialCheck {

    private SpatialCheck() {}

    /**
     * Follows height and width of {@code sampleShape} ([C, H, W]) through max-pooling stages with the
     * given kernels (stride = kernel, no padding, floor), assuming the layers between them keep the
     * size, and fails at the first stage that would leave a dimension below 1.
     *
     * @param encoder how to name the encoder in the message, e.g. "Encoder lenet (channels 8, layers 4)"
     */
    static void requirePoolable(long[] sampleShape, int[] poolKernels, String encoder) {
        requireFits(sampleShape, new int[poolKernels.length], poolKernels, encoder);
    }

    /**
     * As {@link #requirePoolable}, for stages whose layers before the max-pool shrink each spatial
     * dimension by {@code shrinks[i]} (an unpadded k×k convolution shrinks it by k − 1).
     */
    static void requireFits(long[] sampleShape, int[] shrinks, int[] poolKernels, String encoder) {
        long height = sampleShape[1];
        long width = sampleShape[2];
        for (int i = 0; i < poolKernels.length; i++) {
            int kernel = poolKernels[i];
            height = Math.max(height - shrinks[i], 0);
            width = Math.max(width - shrinks[i], 0);
            long pooledHeight = height / kernel;
            long pooledWidth = width / kernel;
            if (pooledHeight < 1 || pooledWidth < 1) {
                throw new IllegalArgumentException(
                        encoder
                                + " does not fit sample shape "
                                + Arrays.toString(sampleShape)
                                + ": max-pool "
                                + (i + 1)
                                + " of "
                                + poolKernels.length
                                + " (kernel "
                                + kernel
                                + ") would shrink "
                                + height
                                + "×"
                                + width
                                + " to "
                                + pooledHeight
                                + "×"
                                + pooledWidth);
            }
            height = pooledHeight;
            width = pooledWidth;
        }
    }
}
