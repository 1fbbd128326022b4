package io.latefusion.metrics;

import java.util.Set;

/**
 * Which way each metric points: {@code loss} and {@code mae} are lower-is-better, every other
 * metric (accuracy, F1, correlation, ...) higher-is-better. Reports read metric names from the
 * records and their direction from here, so they work for every data set.
 */
public final class TaskMetrics {

    private static final Set<String> LOWER_IS_BETTER = Set.of("loss", "mae");

    private TaskMetrics() {
    }

    /** Whether a higher value of {@code metric} is better. */
    public static boolean higherIsBetter(String metric) {
        return !LOWER_IS_BETTER.contains(metric);
    }
}
