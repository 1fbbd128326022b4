package io.latefusion.metrics;

import io.latefusion.data.TaskType;
import java.util.List;
import java.util.Set;

/**
 * The metric names each task reports (the keys of its per-subset scores), its headline metric, and
 * which direction is better: what {@code select_by}, {@code target} and every table read.
 */
public final class TaskMetrics {

    /** The metric picking the best epoch by default and the one every score map also carries. */
    public static final String LOSS = "loss";

    /** Multi-label F1 in scikit-learn's four averages. */
    public static final List<String> MULTI_LABEL = List.of("f1_samples", "f1_macro", "f1_micro", "f1_weighted");

    /**
     * Regression scores as MMSA reports them: mean absolute error, Pearson correlation, binary
     * accuracy and F1 with zero counted as non-negative and with zero-labelled samples left out,
     * and seven-class accuracy of the rounded value.
     */
    public static final List<String> REGRESSION =
            List.of("mae", "corr", "acc2", "f1_2", "acc2_nonzero", "f1_2_nonzero", "acc7");

    private static final Set<String> LOWER_IS_BETTER = Set.of(LOSS, "mae");

    private TaskMetrics() {
    }

    /** The metric names a task's scores hold (besides {@code loss}), in report order. */
    public static List<String> names(TaskType task) {
        return switch (task) {
            case SINGLE_LABEL -> ClassificationMetrics.NAMES;
            case MULTI_LABEL -> MULTI_LABEL;
            case REGRESSION -> REGRESSION;
        };
    }

    /** The metric a task's one-number summaries use: accuracy, F1 over samples, binary accuracy. */
    public static String headline(TaskType task) {
        return names(task).get(task == TaskType.REGRESSION ? 2 : 0);
    }

    /** Whether a larger value of {@code metric} is better ({@code loss} and {@code mae} are not). */
    public static boolean higherIsBetter(String metric) {
        return !LOWER_IS_BETTER.contains(metric);
    }

    /** Whether {@code metric} is one of some task's metrics (not the loss, not a per-label score). */
    public static boolean isTaskMetric(String metric) {
        return java.util.Arrays.stream(TaskType.values()).anyMatch(task -> names(task).contains(metric));
    }

    /** {@code value} turned so that larger is better: negated for a lower-is-better metric. */
    public static double oriented(String metric, double value) {
        return higherIsBetter(metric) ? value : -value;
    }

    /**
     * Checks that {@code metric} is one a task reports ({@code loss} too if {@code lossAllowed});
     * the message names the config {@code key} and the valid names.
     */
    public static void requireKnown(TaskType task, String metric, String key, boolean lossAllowed) {
        if ((lossAllowed && LOSS.equals(metric)) || names(task).contains(metric)) {
            return;
        }
        throw new IllegalArgumentException("Invalid " + key + ": '" + metric + "' (expected "
                + (lossAllowed ? "loss or " : "") + "one of " + String.join(", ", names(task))
                + " for a " + task.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " task)");
    }
}
