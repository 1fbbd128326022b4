package io.latefusion.data.avmnist;

import io.latefusion.data.ModalityData;

/**
 * One global mean and standard deviation, measured on the training split and applied to every split
 * as {@code (x - mean) / std}, so validation and test never leak into the preprocessing.
 */
public record Standardisation(double mean, double std) {

    public Standardisation {
        if (!Double.isFinite(mean) || !(std > 0) || Double.isInfinite(std)) {
            throw new IllegalArgumentException("Invalid standardisation: mean " + mean + ", std " + std
                    + " (expected a finite mean and a positive, finite std)");
        }
    }

    /**
     * The mean and population standard deviation (ddof 0) of every value of {@code data}, summed in
     * double in row order, streaming over the samples (two passes, one row held at a time).
     */
    public static Standardisation of(ModalityData data) {
        float[] row = new float[data.sampleSize()];
        double sum = 0;
        for (int i = 0; i < data.count(); i++) {
            data.copySample(i, row, 0);
            for (float v : row) {
                sum += v;
            }
        }
        double n = (double) data.count() * row.length;
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < data.count(); i++) {
            data.copySample(i, row, 0);
            for (float v : row) {
                double d = v - mean;
                squares += d * d;
            }
        }
        return new Standardisation(mean, Math.sqrt(squares / n));
    }

    /** Standardises {@code values} in place. */
    public void applyInPlace(float[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((values[i] - mean) / std);
        }
    }
}
