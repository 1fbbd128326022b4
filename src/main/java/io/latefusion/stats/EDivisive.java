package io.latefusion.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Change points of a series by E-divisive means (Matteson and James, "A nonparametric approach for
 * multiple change point analysis of multivariate data", 2014), as Apache Otava (Hunter) applies it
 * to benchmark histories: the divergence of the two sides of a split is the energy distance with
 * α = 1, {@code q = m·k/(m+k) · (2/(m·k) Σ|xᵢ−yⱼ| − Σ|xᵢ−xⱼ|/C(m,2) − Σ|yᵢ−yⱼ|/C(k,2))}; the
 * best split over all current segments (each split against its segment's end, Hunter's
 * simplification) is kept when a seeded permutation test (values shuffled within their segments)
 * finds it significant, and the search repeats on the segments until a split is not.
 */
public final class EDivisive {

    /**
     * A change point.
     *
     * @param index     the first index after the change: the series shifted between index − 1 and index
     * @param statistic the divergence q of the split
     * @param pValue    the permutation test's p-value, (1 + permutations at least as divergent) / (1 + permutations)
     */
    public record ChangePoint(int index, double statistic, double pValue) {
    }

    private record Split(int index, double statistic) {
    }

    private final int permutations;
    private final double significance;
    private final int minSegment;
    private final long seed;

    /**
     * @param permutations permutations per test, at least 1 (199 gives p-values down to 0.005)
     * @param significance a split counts when its p-value is below this, e.g. 0.05
     * @param minSegment   the fewest values a segment may hold, at least 2
     * @param seed         the permutations' seed: the same series always gets the same change points
     */
    public EDivisive(int permutations, double significance, int minSegment, long seed) {
        if (permutations < 1 || !(significance > 0 && significance < 1) || minSegment < 2) {
            throw new IllegalArgumentException("Invalid E-divisive settings: " + permutations + " permutations, significance "
                    + significance + ", minimum segment " + minSegment
                    + " (expected at least 1, between 0 and 1, at least 2)");
        }
        this.permutations = permutations;
        this.significance = significance;
        this.minSegment = minSegment;
        this.seed = seed;
    }

    /** The change points of {@code series}, by index; none for a series too short to split. */
    public List<ChangePoint> detect(double[] series) {
        TreeSet<Integer> bounds = new TreeSet<>(List.of(0, series.length));
        List<ChangePoint> found = new ArrayList<>();
        MersenneTwister random = new MersenneTwister(seed);
        while (true) {
            Split best = bestSplit(series, bounds);
            if (best == null) {
                break;
            }
            int atLeast = 0;
            for (int r = 0; r < permutations; r++) {
                Split shuffled = bestSplit(shuffledWithinSegments(series, bounds, random), bounds);
                if (shuffled != null && shuffled.statistic() >= best.statistic()) {
                    atLeast++;
                }
            }
            double p = (atLeast + 1.0) / (permutations + 1);
            if (p >= significance) {
                break;
            }
            found.add(new ChangePoint(best.index(), best.statistic(), p));
            bounds.add(best.index());
        }
        found.sort(Comparator.comparingInt(ChangePoint::index));
        return List.copyOf(found);
    }

    private Split bestSplit(double[] x, TreeSet<Integer> bounds) {
        Split best = null;
        Integer start = bounds.first();
        for (Integer end = bounds.higher(start); end != null; start = end, end = bounds.higher(end)) {
            for (int tau = start + minSegment; tau <= end - minSegment; tau++) {
                double q = divergence(x, start, tau, end);
                if (best == null || q > best.statistic()) {
                    best = new Split(tau, q);
                }
            }
        }
        return best;
    }

    /** q of the split of x[start, end) at tau. */
    private static double divergence(double[] x, int start, int tau, int end) {
        int m = tau - start;
        int k = end - tau;
        double between = 0;
        for (int i = start; i < tau; i++) {
            for (int j = tau; j < end; j++) {
                between += Math.abs(x[i] - x[j]);
            }
        }
        double energy = 2 * between / ((double) m * k) - within(x, start, tau) - within(x, tau, end);
        return (double) m * k / (m + k) * energy;
    }

    /** The mean distance between the pairs of x[from, to). */
    private static double within(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            for (int j = i + 1; j < to; j++) {
                sum += Math.abs(x[i] - x[j]);
            }
        }
        int n = to - from;
        return sum / (n * (n - 1) / 2.0);
    }

    private static double[] shuffledWithinSegments(double[] x, TreeSet<Integer> bounds, MersenneTwister random) {
        double[] copy = x.clone();
        Integer start = bounds.first();
        for (Integer end = bounds.higher(start); end != null; start = end, end = bounds.higher(end)) {
            for (int i = end - 1; i > start; i--) {
                int j = start + random.nextInt(i - start + 1);
                double t = copy[i];
                copy[i] = copy[j];
                copy[j] = t;
            }
        }
        return copy;
    }
}
