package io.latefusion.report.research;

import io.latefusion.stats.BootstrapInterval;
import io.latefusion.stats.EffectSizes;
import io.latefusion.stats.Summary;
import io.latefusion.stats.TestPair;

/**
 * One arm against its data set's baseline on one quantity (a metric on a modality subset, epochs
 * or seconds to target, total cost): both summaries, both tests, effect sizes, the bootstrap
 * interval of the mean difference, and the t-test's p adjusted over the report's family (NaN when
 * untested).
 */
record Comparison(Arm arm, Arm baseline, String quantity, boolean higherIsBetter, Summary base, Summary variant,
                  TestPair tests, EffectSizes effects, BootstrapInterval interval, double pAdjusted) {

    Comparison withAdjusted(double p) {
        return new Comparison(arm, baseline, quantity, higherIsBetter, base, variant, tests, effects, interval, p);
    }

    boolean tested() {
        return !Double.isNaN(pAdjusted);
    }

    /** Whether the variant is better than the baseline in the quantity's direction (means compared). */
    boolean better() {
        return higherIsBetter ? variant.mean() > base.mean() : variant.mean() < base.mean();
    }

    boolean significant() {
        return tested() && pAdjusted < Marks.ALPHA;
    }
}
