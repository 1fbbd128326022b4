package io.latefusion.report;

import java.util.Map;

/**
 * JMH's score units, time per operation ({@code s/op}, {@code ms/op}, …) or operations per time
 * ({@code ops/s}, …), converted to the report's units: seconds, milliseconds, operations per second.
 */
final class Units {

    private static final Map<String, Double> SECONDS = Map.of("ns", 1e-9, "us", 1e-6, "ms", 1e-3, "s", 1.0,
            "min", 60.0, "hr", 3600.0, "day", 86400.0);

    private Units() {
    }

    /** Whether {@code unit} is one of the forms above. */
    static boolean known(String unit) {
        return timePerOp(unit) != null || opsPerTime(unit) != null;
    }

    /** A time-per-operation value in seconds; null stays null. */
    static Double seconds(Double value, String unit) {
        return value == null ? null : value * requireTimePerOp(unit);
    }

    /** A time-per-operation value in milliseconds; null stays null. */
    static Double millis(Double value, String unit) {
        return value == null ? null : value * requireTimePerOp(unit) / 1e-3;
    }

    /** An operations-per-time value in operations per second; null stays null. */
    static Double perSecond(Double value, String unit) {
        Double time = opsPerTime(unit);
        if (time == null) {
            throw new IllegalArgumentException("unit '" + unit + "' is not operations per time");
        }
        return value == null ? null : value / time;
    }

    private static double requireTimePerOp(String unit) {
        Double time = timePerOp(unit);
        if (time == null) {
            throw new IllegalArgumentException("unit '" + unit + "' is not time per operation");
        }
        return time;
    }

    private static Double timePerOp(String unit) {
        return unit.endsWith("/op") ? SECONDS.get(unit.substring(0, unit.length() - 3)) : null;
    }

    private static Double opsPerTime(String unit) {
        return unit.startsWith("ops/") ? SECONDS.get(unit.substring(4)) : null;
    }
}
