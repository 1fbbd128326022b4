package io.latefusion.stats;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * The exact (Clopper–Pearson) confidence interval of a binomial proportion, from the beta
 * distribution's quantiles: conservative, so a false-alarm rate from few comparisons is not
 * reported as more certain than it is.
 *
 * @param low  the lower bound (0 when there are no successes)
 * @param high the upper bound (1 when every trial succeeded)
 */
public record ClopperPearson(double low, double high) {

    /** The interval of {@code successes / trials} at {@code level}, e.g. 0.95. */
    public static ClopperPearson of(int successes, int trials, double level) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("Invalid proportion " + successes + "/" + trials
                    + " (expected 0 <= successes <= trials, trials >= 1)");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Invalid confidence level: " + level + " (expected between 0 and 1)");
        }
        double alpha = 1 - level;
        double low = successes == 0 ? 0
                : new BetaDistribution(null, successes, trials - successes + 1).inverseCumulativeProbability(alpha / 2);
        double high = successes == trials ? 1
                : new BetaDistribution(null, successes + 1, trials - successes).inverseCumulativeProbability(1 - alpha / 2);
        return new ClopperPearson(low, high);
    }
}
