package io.latefusion.report.compare;

import io.latefusion.stats.RatioBootstrap.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the gate's outputs (table, markdown, JUnit, calibration, history) write numbers, all alike. */
final class GateFormat {

    private GateFormat() {
    }

    /** Four significant digits, in plain notation unless the value is very large or very small. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e9)) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** A ratio with 4 decimals: {@code 0.9512}. */
    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** An interval of a ratio: {@code [0.9312, 0.9705]}. */
    static String interval(Interval interval) {
        return "[" + ratio(interval.low()) + ", " + ratio(interval.high()) + "]";
    }

    /** A relative change, signed, in percent with one decimal: {@code -20.0%}. */
    static String change(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }
}
