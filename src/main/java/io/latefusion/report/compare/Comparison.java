package io.latefusion.report.compare;

/**
 * One benchmark measured in both files, and the gate's verdict on it.
 *
 * @param baseline        the baseline result (normalised when the gate normalises)
 * @param candidate       the candidate result, same benchmark, params and mode
 * @param change          (candidate − baseline) / baseline as measured: −0.30 is a 30 % drop
 *                        whatever the mode; the verdict accounts for the mode's direction
 * @param confidenceKnown whether both results have a confidence interval; without one the
 *                        verdict rests on the tolerance alone
 * @param verdict         regression, improvement or within noise
 */
public record Comparison(JmhResult baseline, JmhResult candidate, double change, boolean confidenceKnown,
        Verdict verdict) {

    /**
     * Judges a pair: a regression when the change is worse than {@code tolerance} (worse = lower
     * throughput, higher time) and the intervals are disjoint; an improvement likewise for better;
     * otherwise within noise. Unknown intervals leave the tolerance as the only test.
     */
    public static Comparison judge(JmhResult baseline, JmhResult candidate, double tolerance) {
        double change = (candidate.score() - baseline.score()) / baseline.score();
        double worsening = baseline.higherIsBetter() ? -change : change;
        boolean confidenceKnown = baseline.hasConfidence() && candidate.hasConfidence();
        boolean separated = !confidenceKnown
                || baseline.ciHigh() < candidate.ciLow() || candidate.ciHigh() < baseline.ciLow();
        Verdict verdict = !separated ? Verdict.WITHIN_NOISE
                : worsening > tolerance ? Verdict.REGRESSION
                : worsening < -tolerance ? Verdict.IMPROVEMENT
                : Verdict.WITHIN_NOISE;
        return new Comparison(baseline, candidate, change, confidenceKnown, verdict);
    }
}
