package io.latefusion.stats;

/**
 * One significance test: its name, its statistic, the two-sided p-value and the number of runs
 * (pairs, or the smaller group). {@code p} is null when the test could not be run ("n too small"),
 * {@code note} says why or how the statistic is defined.
 */
public record TestResult(String test, Double statistic, Double p, int n, String note) {

    /** The message a table shows instead of a p-value when there are too few runs. */
    public static final String TOO_SMALL = "n too small";

    /** A test that was not run because each side had fewer than two runs. */
    public static TestResult tooSmall(String test, int n) {
        return new TestResult(test, null, null, n, TOO_SMALL);
    }

    /** Whether a p-value exists. */
    public boolean tested() {
        return p != null;
    }
}
