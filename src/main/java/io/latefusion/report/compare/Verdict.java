package io.latefusion.report.compare;

import java.util.Locale;

/** The gate's judgement of one benchmark: a regression fails the gate, an undecidable one fails it differently. */
public enum Verdict {
    /** The whole interval of the ratio is worse than the threshold. */
    REGRESSION,
    /** The whole interval of the ratio is better than the threshold. */
    IMPROVEMENT,
    /** The interval reaches inside the threshold: no change the measurement can vouch for. */
    WITHIN_NOISE,
    /** Too few samples on a side to resample: the gate cannot say. */
    UNDECIDABLE;

    /** How the table prints it: {@code regression}, {@code improvement}, {@code within noise}, {@code undecidable}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
