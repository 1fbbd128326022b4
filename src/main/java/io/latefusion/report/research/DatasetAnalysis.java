package io.latefusion.report.research;

import java.util.List;

/**
 * The analysis of one data set's arms: the headline metric (the convergence target's metric) on
 * its subset, the target, the metric names and subsets found in the records, every arm's
 * statistics (the first is the baseline) and the comparisons against the baseline.
 */
record DatasetAnalysis(String dataset, String headline, String fullSubset, double target, List<String> subsets,
                       List<String> metrics, List<ArmStats> arms, List<Comparison> comparisons) {

    /** The "metric subset" key the quality maps use. */
    static String key(String metric, String subset) {
        return metric + " " + subset;
    }

    String headlineKey() {
        return key(headline, fullSubset);
    }

    Comparison comparison(Arm arm, String quantity) {
        return comparisons.stream().filter(c -> c.arm() == arm && c.quantity().equals(quantity)).findFirst().orElse(null);
    }

    ArmStats baseline() {
        return arms.get(0);
    }
}
