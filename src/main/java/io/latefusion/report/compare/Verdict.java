package io.latefusion.report.compare;

import java.util.Locale;

/** The gate's judgement of one benchmark: only a regression fails the gate. */
public enum Verdict {
    /** Worse beyond the tolerance, and the confidence intervals do not overlap. */
    REGRESSION,
    /** Better beyond the tolerance, and the confidence intervals do not overlap. */
    IMPROVEMENT,
    /** Anything else: within the tolerance, or inside the measurement noise. */
    WITHIN_NOISE;

    /** How the table prints it: {@code regression}, {@code improvement}, {@code within noise}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
