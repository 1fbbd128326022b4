package io.latefusion.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * A seeded bootstrap confidence interval of the ratio of two means, numerator / denominator, from
 * samples that come in groups (JMH's forks, each holding its iterations). Each resample draws the
 * groups with replacement and then the values inside every drawn group with replacement, the
 * two-level bootstrap of Kalibera and Jones ("Rigorous benchmarking in reasonable time", 2013),
 * so fork-to-fork variation widens the interval as it should. A ratio of ratios (each side divided
 * by its own reference benchmark) is the same resampling applied to four sample sets.
 */
public final class RatioBootstrap {

    /** Percentile interval, or bias-corrected and accelerated (BCa, jackknife acceleration). */
    public enum Method {
        PERCENTILE,
        BCA;

        /** The command-line spelling: {@code percentile}, {@code bca}. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The interval of a ratio.
     *
     * @param ratio     the ratio of the observed means
     * @param low       the interval's lower bound
     * @param high      the interval's upper bound
     * @param level     the confidence level, e.g. 0.99
     * @param resamples the number of bootstrap resamples
     * @param method    percentile or BCa
     */
    public record Interval(double ratio, double low, double high, double level, int resamples, Method method) {
    }

    /** Samples of one benchmark: one array of values per group (fork); empty groups are not allowed. */
    public record Samples(List<double[]> groups) {

        public Samples {
            groups = List.copyOf(groups);
            if (groups.isEmpty()) {
                throw new IllegalArgumentException("Samples need at least one group");
            }
            for (double[] g : groups) {
                if (g.length == 0) {
                    throw new IllegalArgumentException("Samples have an empty group");
                }
                for (double v : g) {
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("Samples hold a non-finite value: " + v);
                    }
                }
            }
        }

        /** One group holding {@code values}. */
        public static Samples of(double... values) {
            return new Samples(List.of(values.clone()));
        }

        /** The number of values over all groups. */
        public int count() {
            return groups.stream().mapToInt(g -> g.length).sum();
        }

        /** The mean of all values, every value weighted alike. */
        public double mean() {
            double sum = 0;
            for (double[] g : groups) {
                for (double v : g) {
                    sum += v;
                }
            }
            return sum / count();
        }

        private double resampledMean(MersenneTwister random) {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < groups.size(); i++) {
                double[] g = groups.get(random.nextInt(groups.size()));
                for (int j = 0; j < g.length; j++) {
                    sum += g[random.nextInt(g.length)];
                }
                n += g.length;
            }
            return sum / n;
        }

        /** The means with one value left out, for each value in turn (the jackknife of BCa). */
        private double[] leaveOneOutMeans() {
            int n = count();
            double total = mean() * n;
            double[] means = new double[n];
            int k = 0;
            for (double[] g : groups) {
                for (double v : g) {
                    means[k++] = n == 1 ? v : (total - v) / (n - 1);
                }
            }
            return means;
        }
    }

    private final double level;
    private final int resamples;
    private final long seed;
    private final Method method;

    /**
     * @param level     confidence level, strictly between 0 and 1
     * @param resamples bootstrap resamples, at least 100
     * @param seed      the seed: the same inputs always give the same interval
     * @param method    percentile or BCa
     */
    public RatioBootstrap(double level, int resamples, long seed, Method method) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Invalid confidence level: " + level + " (expected a fraction between 0 and 1, e.g. 0.99)");
        }
        if (resamples < 100) {
            throw new IllegalArgumentException("Invalid number of resamples: " + resamples + " (expected at least 100)");
        }
        this.level = level;
        this.resamples = resamples;
        this.seed = seed;
        this.method = Objects.requireNonNull(method, "method");
    }

    /** The interval of mean(numerator) / mean(denominator). */
    public Interval ratio(Samples numerator, Samples denominator) {
        return ratioOfRatios(List.of(numerator), List.of(denominator));
    }

    /**
     * The interval of (mean(n₁) · mean(n₂) · …) / (mean(d₁) · mean(d₂) · …): with
     * {@code numerator = [new, baseReference]} and {@code denominator = [base, newReference]} it is
     * the reference-normalised ratio (new / newReference) / (base / baseReference).
     */
    public Interval ratioOfRatios(List<Samples> numerator, List<Samples> denominator) {
        List<Samples> all = new ArrayList<>(numerator);
        all.addAll(denominator);
        int split = numerator.size();
        double[] means = all.stream().mapToDouble(Samples::mean).toArray();
        double observed = statistic(means, split);
        MersenneTwister random = new MersenneTwister(seed);
        double[] stats = new double[resamples];
        double[] resampled = new double[all.size()];
        for (int r = 0; r < resamples; r++) {
            for (int s = 0; s < all.size(); s++) {
                resampled[s] = all.get(s).resampledMean(random);
            }
            stats[r] = statistic(resampled, split);
        }
        Arrays.sort(stats);
        double alpha = (1 - level) / 2;
        double lowQ = alpha;
        double highQ = 1 - alpha;
        if (method == Method.BCA) {
            double[] adjusted = bcaQuantiles(stats, observed, all, means, split, alpha);
            lowQ = adjusted[0];
            highQ = adjusted[1];
        }
        return new Interval(observed, quantile(stats, lowQ), quantile(stats, highQ), level, resamples, method);
    }

    private static double statistic(double[] means, int split) {
        double value = 1;
        for (int i = 0; i < means.length; i++) {
            value = i < split ? value * means[i] : value / means[i];
        }
        return value;
    }

    /** Efron's BCa: bias from the share of resamples below the observed value, acceleration from the jackknife. */
    private static double[] bcaQuantiles(double[] sorted, double observed, List<Samples> all, double[] means, int split,
            double alpha) {
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        long below = Arrays.stream(sorted).filter(v -> v < observed).count();
        long equal = Arrays.stream(sorted).filter(v -> v == observed).count();
        double share = (below + equal / 2.0) / sorted.length;
        share = Math.min(Math.max(share, 0.5 / sorted.length), 1 - 0.5 / sorted.length);
        double z0 = normal.inverseCumulativeProbability(share);
        List<Double> jack = new ArrayList<>();
        for (int s = 0; s < all.size(); s++) {
            double[] copy = means.clone();
            for (double m : all.get(s).leaveOneOutMeans()) {
                copy[s] = m;
                jack.add(statistic(copy, split));
            }
        }
        double jackMean = jack.stream().mapToDouble(Double::doubleValue).average().orElse(observed);
        double num = 0;
        double den = 0;
        for (double j : jack) {
            double d = jackMean - j;
            num += d * d * d;
            den += d * d;
        }
        double a = den == 0 ? 0 : num / (6 * Math.pow(den, 1.5));
        double[] q = new double[2];
        double[] z = {normal.inverseCumulativeProbability(alpha), normal.inverseCumulativeProbability(1 - alpha)};
        for (int i = 0; i < 2; i++) {
            double t = z0 + (z0 + z[i]) / (1 - a * (z0 + z[i]));
            q[i] = Double.isFinite(t) ? normal.cumulativeProbability(t) : (i == 0 ? 0 : 1);
        }
        return q;
    }

    /** The q-quantile of sorted values, interpolating linearly between order statistics. */
    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
