package io.latefusion.report.compare;

import java.util.List;

/**
 * What the gate found: a comparison per benchmark present in both files (in baseline order) and
 * the benchmarks present in only one, which are listed but do not fail the gate.
 */
public record GateReport(GateOptions options, List<Comparison> comparisons, List<JmhResult> onlyInBaseline,
        List<JmhResult> onlyInCandidate) {

    public GateReport {
        comparisons = List.copyOf(comparisons);
        onlyInBaseline = List.copyOf(onlyInBaseline);
        onlyInCandidate = List.copyOf(onlyInCandidate);
    }

    /** How many matched benchmarks got {@code verdict}. */
    public long count(Verdict verdict) {
        return comparisons.stream().filter(c -> c.verdict() == verdict).count();
    }

    /** Whether the gate fails: at least one regression. */
    public boolean hasRegression() {
        return count(Verdict.REGRESSION) > 0;
    }

    /** How many benchmarks are in one file only. */
    public int unmatched() {
        return onlyInBaseline.size() + onlyInCandidate.size();
    }
}
