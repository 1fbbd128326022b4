package io.latefusion.stats;

import java.util.Arrays;

/**
 * The study's "performance stability" view: how much a validation metric still moves over the
 * last k epochs of one run (sample standard deviation of those epochs), and how much runs with
 * different seeds disagree (the standard deviation across seeds, see {@link Summary#sd()}).
 */
public final class Stability {

    private Stability() {
    }

    /** The standard deviation of the last {@code k} values of {@code curve} (fewer when the run was shorter). */
    public static double lastEpochs(double[] curve, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("Invalid k: " + k + " (expected ≥ 2 epochs to measure a spread)");
        }
        if (curve.length < 2) {
            return Double.NaN;
        }
        double[] tail = Arrays.copyOfRange(curve, Math.max(0, curve.length - k), curve.length);
        return Summary.of(tail).sd();
    }
}
