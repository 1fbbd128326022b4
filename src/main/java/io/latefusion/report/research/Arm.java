package io.latefusion.report.research;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One thing the report compares: a variant of one cell, with its runs (one per seed, sorted by
 * seed) and the seeds planned for it that have no record ({@code missingSeeds}; an incomplete arm
 * is reported as such, never dropped).
 */
record Arm(String label, String group, Map<String, String> values, String variant, List<RunRecord> runs,
           List<Long> missingSeeds) {

    Arm {
        runs = runs.stream().sorted(Comparator.comparingLong(RunRecord::seed)).toList();
        missingSeeds = List.copyOf(missingSeeds);
    }

    int n() {
        return runs.size();
    }

    boolean incomplete() {
        return !missingSeeds.isEmpty();
    }

    List<Long> seeds() {
        return runs.stream().map(RunRecord::seed).toList();
    }

    /** The data set of the runs, or null for an arm without a record. */
    String dataset() {
        return runs.isEmpty() ? null : runs.get(0).result().dataset();
    }

    /** {@code n = 5}, or {@code n = 4 of 5, incomplete}. */
    String nLabel() {
        return incomplete() ? "n = " + n() + " of " + (n() + missingSeeds.size()) + ", incomplete" : "n = " + n();
    }
}
