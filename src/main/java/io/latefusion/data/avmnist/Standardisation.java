package io.latefusion.data.avmnist;

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

    /** The mean and population standard deviation (ddof 0) of {@code values}, summed in double. */
    public static Standardisation of(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (float v : values) {
            double d = v - mean;
            squares += d * d;
        }
        return new Standardisation(mean, Math.sqrt(squares / values.length));
    }

    /** Standardises {@code values} in place. */
    public void applyInPlace(float[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((values[i] - mean) / std);
        }
    }
}
