package io.latefusion.report.compare;

import java.util.List;

/**
 * What the gate found: a comparison per benchmark present in both files (in baseline order), the
 * benchmarks present in only one (listed, not judged), and warnings about the two environments.
 */
public record GateReport(GateOptions options, List<Comparison> comparisons, List<JmhResult> onlyInBaseline,
        List<JmhResult> onlyInCandidate, List<String> warnings) {

    public GateReport {
        comparisons = List.copyOf(comparisons);
        onlyInBaseline = List.copyOf(onlyInBaseline);
        onlyInCandidate = List.copyOf(onlyInCandidate);
        warnings = List.copyOf(warnings);
    }

    /** How many matched benchmarks got {@code verdict}. */
    public long count(Verdict verdict) {
        return comparisons.stream().filter(c -> c.verdict() == verdict).count();
    }

    /** Whether the gate fails: at least one regression. */
    public boolean hasRegression() {
        return count(Verdict.REGRESSION) > 0;
    }

    /** Whether some matched benchmark had too few samples to judge. */
    public boolean hasUndecidable() {
        return count(Verdict.UNDECIDABLE) > 0;
    }

    /** How many benchmarks are in one file only. */
    public int unmatched() {
        return onlyInBaseline.size() + onlyInCandidate.size();
    }
}
