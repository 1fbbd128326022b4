package io.latefusion.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How reports write numbers, the same in every table: metrics with 4 decimals, seconds with 1,
 * throughputs and latencies with 3 significant digits, relative changes as signed percentages.
 */
public final class Formats {

    private Formats() {
    }

    /** A metric or loss: {@code 0.9812}. */
    public static String metric(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** Seconds: {@code 12.3}. */
    public static String seconds(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A throughput, latency or ratio: 3 significant digits, never in exponent form ({@code 1230}, {@code 0.0123}). */
    public static String significant(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** A relative change in percent with its sign: {@code +12.5 %}, {@code -3.0 %}. */
    public static String percentChange(double v) {
        return String.format(Locale.ROOT, "%+.1f %%", v);
    }

    /** An epoch at which a target was reached, or {@code not reached}. */
    public static String epochOrNotReached(Integer epoch) {
        return epoch == null ? "not reached" : String.valueOf(epoch);
    }

    /** Seconds until a target was reached, or {@code not reached}. */
    public static String secondsOrNotReached(Double s) {
        return s == null ? "not reached" : seconds(s);
    }
}
