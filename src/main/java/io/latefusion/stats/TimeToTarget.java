package io.latefusion.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Epochs or seconds to the quality target over repeated runs, aggregated the MLPerf Training way:
 * with N ≥ 5 runs the fastest and the slowest are dropped and the rest averaged; a run that never
 * reached the target counts as not converged and, when it is the only one, is the slowest run
 * dropped; more than one such run marks the cell "did not converge". With N &lt; 5 no run can be
 * dropped, so all are averaged and any run that did not reach the target marks the cell "did not
 * converge". {@code cv} is the coefficient of variation (s / mean) of the averaged runs.
 *
 * @param runs      how many runs there are
 * @param reached   how many reached the target
 * @param mean      the aggregate, or null when the cell did not converge
 * @param sd        the sample standard deviation of the averaged runs (NaN with fewer than 2)
 * @param cv        sd / mean of the averaged runs
 * @param averaged  how many runs the mean is over
 */
public record TimeToTarget(int runs, int reached, Double mean, double sd, double cv, int averaged) {

    /** The runs from which MLPerf drops the fastest and the slowest. */
    public static final int DROP_FROM = 5;
    /** What the report writes for a cell that did not converge. */
    public static final String NOT_CONVERGED = "did not converge";

    /** Aggregates one value per run; null is a run that never reached the target. */
    public static TimeToTarget of(List<? extends Number> perRun) {
        if (perRun.isEmpty()) {
            throw new IllegalArgumentException("No runs to aggregate (expected at least one)");
        }
        List<Double> reached = new ArrayList<>(perRun.stream().filter(Objects::nonNull).map(Number::doubleValue)
                .sorted().toList());
        int failed = perRun.size() - reached.size();
        int n = perRun.size();
        boolean dropping = n >= DROP_FROM;
        if (failed > (dropping ? 1 : 0)) {
            return new TimeToTarget(n, reached.size(), null, Double.NaN, Double.NaN, 0);
        }
        List<Double> kept = reached;
        if (dropping) {
            kept = reached.subList(1, failed == 1 ? reached.size() : reached.size() - 1);
        }
        Summary s = Summary.of(kept.stream().mapToDouble(Double::doubleValue).toArray());
        return new TimeToTarget(n, reached.size(), s.mean(), s.sd(), s.cv(), kept.size());
    }

    /** Whether the cell converged under the rules above. */
    public boolean converged() {
        return mean != null;
    }
}
