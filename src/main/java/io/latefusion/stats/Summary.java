package io.latefusion.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * The mean of {@code n} runs with its sample standard deviation and the half-width of its 95 %
 * Student-t confidence interval (t₀.₉₇₅,ₙ₋₁ · s / √n). With one run the spread and the interval
 * are NaN: nothing can be said about them.
 */
public record Summary(int n, double mean, double sd, double ciHalfWidth) {

    /** Summarises {@code values}; an empty array is refused. */
    public static Summary of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("Cannot summarise no values (expected at least one run)");
        }
        double mean = new Mean().evaluate(values);
        if (values.length < 2) {
            return new Summary(1, mean, Double.NaN, Double.NaN);
        }
        double sd = new StandardDeviation(true).evaluate(values);
        double t = new TDistribution(values.length - 1).inverseCumulativeProbability(0.975);
        return new Summary(values.length, mean, sd, t * sd / Math.sqrt(values.length));
    }

    /** The coefficient of variation s / mean (NaN with one run or a zero mean). */
    public double cv() {
        return mean == 0 ? Double.NaN : sd / Math.abs(mean);
    }
}
