package io.latefusion.data.avmnist;

import io.latefusion.data.RandomStream;

/** Draws one modality's view of a digit: a fresh random variant on every call. */
interface DigitRenderer {

    /** The shape of one sample, e.g. [1, 28, 28]. */
    long[] sampleShape();

    /** Values per sample (the product of the shape). */
    int sampleSize();

    /** Writes one sample of {@code digit} (0..9) into {@code out} from {@code offset}. */
    void render(int digit, RandomStream rng, float[] out, int offset);
}
