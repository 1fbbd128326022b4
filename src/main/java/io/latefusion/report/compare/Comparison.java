package io.latefusion.report.compare;

import io.latefusion.stats.RatioBootstrap;
import io.latefusion.stats.RatioBootstrap.Interval;
import io.latefusion.stats.RatioBootstrap.Samples;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark measured in both files, and the gate's verdict on it.
 *
 * @param baseline  the baseline result
 * @param candidate the candidate result, same benchmark, params and mode
 * @param ratio     mean(candidate) / mean(baseline), each first divided by its file's reference
 *                  when the gate normalises: 0.8 is a 20 % drop in throughput, or a 20 % shorter time
 * @param interval  the bootstrap interval of the ratio; null when undecidable
 * @param verdict   regression, improvement, within noise or undecidable
 * @param note      why it is undecidable, e.g. {@code too few samples: 3 < 5 in the candidate}; null otherwise
 */
public record Comparison(JmhResult baseline, JmhResult candidate, double ratio, Interval interval, Verdict verdict,
        String note) {

    /**
     * Judges a pair: a regression when the whole interval of the ratio is worse than the threshold
     * (throughput: its high end below 1 − threshold; times: its low end above 1 + threshold), an
     * improvement when it is wholly better by as much, else within noise; undecidable with fewer than
     * {@link GateOptions#minSamples()} samples in any of the results taking part.
     *
     * @param baseReference  the baseline file's reference for this result, null unless normalising
     * @param candReference  the candidate file's reference for this result, null unless normalising
     */
    static Comparison judge(JmhResult baseline, JmhResult candidate, JmhResult baseReference, JmhResult candReference,
            GateOptions options, RatioBootstrap bootstrap) {
        Map<String, JmhResult> parts = new LinkedHashMap<>();
        parts.put("baseline", baseline);
        parts.put("candidate", candidate);
        List<JmhResult> numerator = new ArrayList<>(List.of(candidate));
        List<JmhResult> denominator = new ArrayList<>(List.of(baseline));
        if (baseReference != null) {
            parts.put("baseline's reference", baseReference);
            parts.put("candidate's reference", candReference);
            // (cand / candRef) / (base / baseRef) in the same direction, (cand · candRef) / (base · baseRef) across
            boolean sameDirection = baseReference.higherIsBetter() == baseline.higherIsBetter();
            numerator.add(sameDirection ? baseReference : candReference);
            denominator.add(sameDirection ? candReference : baseReference);
        }
        double ratio = numerator.stream().mapToDouble(JmhResult::mean).reduce(1, (a, b) -> a * b)
                / denominator.stream().mapToDouble(JmhResult::mean).reduce(1, (a, b) -> a * b);
        for (Map.Entry<String, JmhResult> part : parts.entrySet()) {
            int samples = part.getValue().sampleCount();
            if (samples < options.minSamples()) {
                return new Comparison(baseline, candidate, ratio, null, Verdict.UNDECIDABLE,
                        "too few samples: " + samples + " < " + options.minSamples() + " in the " + part.getKey());
            }
        }
        Interval interval = bootstrap.ratioOfRatios(samples(numerator), samples(denominator));
        return new Comparison(baseline, candidate, interval.ratio(), interval,
                verdict(interval, baseline.higherIsBetter(), options.threshold()), null);
    }

    private static Verdict verdict(Interval interval, boolean higherIsBetter, double threshold) {
        boolean below = interval.high() < 1 - threshold;
        boolean above = interval.low() > 1 + threshold;
        if (below) {
            return higherIsBetter ? Verdict.REGRESSION : Verdict.IMPROVEMENT;
        }
        if (above) {
            return higherIsBetter ? Verdict.IMPROVEMENT : Verdict.REGRESSION;
        }
        return Verdict.WITHIN_NOISE;
    }

    private static List<Samples> samples(List<JmhResult> results) {
        return results.stream().map(JmhResult::samples).toList();
    }

    /** The verdict as the outputs print it: the label, or the note when undecidable. */
    public String verdictText() {
        return note == null ? verdict.label() : note;
    }
}
