package io.latefusion.stats;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Standardised effect sizes of a variant against a baseline, signed so that positive means the
 * variant's values are higher. Cohen's d divides the mean difference by the pooled standard
 * deviation √(((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2)) — the same for paired and unpaired runs, so the
 * figures compare across designs; Hedges' g = d · (1 − 3/(4(n₁+n₂) − 9)) corrects its small-sample
 * bias. Cliff's delta = (#{v > b} − #{v < b}) / (n₁n₂) over all pairs, in [−1, 1], free of any
 * distribution assumption. Each is NaN when a side has fewer than 2 runs.
 */
public record EffectSizes(double cohensD, double hedgesG, double cliffsDelta) {

    /** The three effect sizes; NaN where a side has fewer than 2 runs (d and g also when there is no spread at all). */
    public static EffectSizes of(double[] baseline, double[] variant) {
        double d = cohensD(baseline, variant);
        double g = d * (1 - 3.0 / (4.0 * (baseline.length + variant.length) - 9));
        return new EffectSizes(d, g, cliffsDelta(baseline, variant));
    }

    static double cohensD(double[] baseline, double[] variant) {
        int n1 = baseline.length;
        int n2 = variant.length;
        if (n1 < 2 || n2 < 2) {
            return Double.NaN;
        }
        Variance variance = new Variance(true);
        double pooled = Math.sqrt(((n1 - 1) * variance.evaluate(baseline) + (n2 - 1) * variance.evaluate(variant))
                / (n1 + n2 - 2));
        double diff = new Mean().evaluate(variant) - new Mean().evaluate(baseline);
        return pooled == 0 ? Double.NaN : diff / pooled;
    }

    static double cliffsDelta(double[] baseline, double[] variant) {
        if (baseline.length < 2 || variant.length < 2) {
            return Double.NaN;
        }
        long balance = 0;
        for (double v : variant) {
            for (double b : baseline) {
                balance += Double.compare(v, b) > 0 ? 1 : Double.compare(v, b) < 0 ? -1 : 0;
            }
        }
        return (double) balance / ((long) baseline.length * variant.length);
    }
}
