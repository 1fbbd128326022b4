package io.latefusion.report.compare;

import io.latefusion.stats.RatioBootstrap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a baseline with a candidate: matches benchmarks by name, params and mode, judges each
 * pair by the bootstrap interval of the ratio of their means ({@link Comparison#judge}), normalised
 * by each file's reference when asked, and notes where the two environments differ.
 */
public final class RegressionGate {

    private final GateOptions options;
    private final RatioBootstrap bootstrap;

    public RegressionGate(GateOptions options) {
        this.options = options;
        this.bootstrap = options.bootstrap();
    }

    public GateOptions options() {
        return options;
    }

    /**
     * The report for the two files.
     *
     * @throws CompareException when a file lacks the reference benchmark that normalisation needs
     *                          (or the two references differ in mode or unit),
     *                          when a matched pair disagrees on the unit, or when nothing matches
     */
    public GateReport compare(ResultFile baseline, ResultFile candidate) {
        List<JmhResult> base = baseline.results();
        List<JmhResult> cand = candidate.results();
        Reference baseReference = null;
        Reference candReference = null;
        if (options.normalisation() == Normalisation.REFERENCE) {
            baseReference = Reference.of(baseline);
            candReference = Reference.of(candidate);
            baseReference.requireComparable(candReference);
            base = baseReference.otherResults();
            cand = candReference.otherResults();
        }
        Map<JmhResult.Key, JmhResult> unmatchedCandidates = new LinkedHashMap<>();
        cand.forEach(r -> unmatchedCandidates.put(r.key(), r));
        List<Comparison> comparisons = new ArrayList<>();
        List<JmhResult> onlyInBaseline = new ArrayList<>();
        for (JmhResult b : base) {
            JmhResult c = unmatchedCandidates.remove(b.key());
            if (c == null) {
                onlyInBaseline.add(b);
            } else if (!b.unit().equals(c.unit())) {
                throw new CompareException(b.label() + ": unit " + b.unit() + " in " + baseline.path() + " but "
                        + c.unit() + " in " + candidate.path() + "; measure both in the same unit (-tu or @OutputTimeUnit)");
            } else {
                comparisons.add(Comparison.judge(b, c, baseReference == null ? null : baseReference.forResult(b),
                        candReference == null ? null : candReference.forResult(c), options, bootstrap));
            }
        }
        if (comparisons.isEmpty()) {
            throw new CompareException("nothing in common between " + baseline.path() + " and " + candidate.path()
                    + ": no benchmark has the same name, params and mode in both");
        }
        return new GateReport(options, comparisons, onlyInBaseline, List.copyOf(unmatchedCandidates.values()),
                EnvironmentDiff.warnings(baseline, candidate));
    }
}
