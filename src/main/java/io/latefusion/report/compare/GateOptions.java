package io.latefusion.report.compare;

import io.latefusion.stats.RatioBootstrap;
import java.util.Locale;
import java.util.Objects;

/**
 * How the gate decides: the ratio new/baseline counts as a change only when its whole bootstrap
 * interval lies beyond {@code threshold}; with fewer than {@code minSamples} samples a side it is
 * undecidable. Values out of range are refused naming the option, the value and what was expected.
 *
 * @param threshold     the change that counts, a fraction above 0 and below 1 (0.05 = 5 %)
 * @param level         the interval's confidence level, above 0 and below 1
 * @param resamples     bootstrap resamples, at least 100
 * @param seed          the bootstrap seed: the same files always get the same verdicts
 * @param method        percentile or BCa interval
 * @param minSamples    samples a side needed to decide, at least 2
 * @param normalisation whether each side is divided by its own file's reference benchmark
 */
public record GateOptions(double threshold, double level, int resamples, long seed, RatioBootstrap.Method method,
        int minSamples, Normalisation normalisation) {

    public GateOptions {
        if (!(threshold > 0 && threshold < 1)) {
            throw new CompareException("Invalid --threshold " + threshold
                    + ": expected a fraction above 0 and below 1 (0.05 means 5 %)");
        }
        if (!(level > 0 && level < 1)) {
            throw new CompareException("Invalid --level " + level
                    + ": expected a confidence level above 0 and below 1, e.g. 0.99");
        }
        if (resamples < 100) {
            throw new CompareException("Invalid --resamples " + resamples + ": expected at least 100 (10000 is usual)");
        }
        if (minSamples < 2) {
            throw new CompareException("Invalid --min-samples " + minSamples
                    + ": expected at least 2 (a bootstrap of one sample has no spread)");
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(normalisation, "normalisation");
    }

    /** The bootstrap these options describe. */
    public RatioBootstrap bootstrap() {
        return new RatioBootstrap(level, resamples, seed, method);
    }

    /** The settings in one line, for reports: threshold, level, method, resamples, seed, minimum, normalisation. */
    public String describe() {
        return String.format(Locale.ROOT, "threshold %s %%, %s %% %s bootstrap interval (%d resamples, seed %d),"
                        + " at least %d samples a side, %s",
                GateFormat.number(threshold * 100), GateFormat.number(level * 100), method, resamples, seed, minSamples,
                normalisation == Normalisation.REFERENCE
                        ? "each side divided by its own file's reference benchmark" : "scores as measured");
    }
}
