package io.latefusion.data;

import java.util.SplittableRandom;

/**
 * One reproducible stream of random draws (the synthetic generators of every data set share it). Uniform values come from {@link SplittableRandom};
 * normal values from Marsaglia's polar method with {@link StrictMath}, because the JDK's own
 * {@code nextGaussian} changed between releases and the same seed must give the same data, and
 * so the same fingerprint, on every JDK.
 */
public final class RandomStream {

    private final SplittableRandom random;
    private double spareNormal;
    private boolean hasSpareNormal;

    public RandomStream(SplittableRandom random) {
        this.random = random;
    }

    /** Uniform in [0, 1). */
    public double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [low, high). */
    public double uniform(double low, double high) {
        return random.nextDouble(low, high);
    }

    /** Uniform in 0..bound-1. */
    public int index(int bound) {
        return random.nextInt(bound);
    }

    /** Standard normal. */
    public double normal() {
        if (hasSpareNormal) {
            hasSpareNormal = false;
            return spareNormal;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareNormal = v * factor;
        hasSpareNormal = true;
        return u * factor;
    }
}
