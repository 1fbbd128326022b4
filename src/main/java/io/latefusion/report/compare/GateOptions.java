package io.latefusion.report.compare;

import java.util.Objects;

/**
 * How strict the gate is.
 *
 * @param tolerance     the relative change that counts, as a fraction (0.10 = 10 %), above 0 and below 10
 * @param normalisation whether scores are divided by each file's reference benchmark first
 */
public record GateOptions(double tolerance, Normalisation normalisation) {

    public GateOptions {
        if (!(tolerance > 0 && tolerance < 10)) {
            throw new CompareException("Invalid tolerance: " + tolerance
                    + " (a fraction above 0 and below 10: 0.10 means 10 %)");
        }
        Objects.requireNonNull(normalisation, "normalisation");
    }
}
