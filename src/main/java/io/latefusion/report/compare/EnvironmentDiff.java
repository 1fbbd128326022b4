package io.latefusion.report.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Why two results may not compare: the keys in which their recorded environments differ (the
 * commit, run id and time differ by design and are left out), or that a result records none.
 * A ratio across different CPUs, thread settings or allocators measures the machines, not the change.
 */
final class EnvironmentDiff {

    private EnvironmentDiff() {
    }

    /** One line per differing key, or one line naming the files whose environment is unknown. */
    static List<String> warnings(ResultFile baseline, ResultFile candidate) {
        List<String> unknown = Stream.of(baseline, candidate).filter(f -> f.provenance() == null)
                .map(f -> f.path().toString()).distinct().toList();
        if (!unknown.isEmpty()) {
            return List.of("environment unknown for " + String.join(" and ", unknown)
                    + " (no \"" + Provenance.KEY + "\" block: not measured by this suite's launcher, or before it"
                    + " recorded one); the two machines may differ");
        }
        Set<String> keys = new LinkedHashSet<>(baseline.provenance().environment().keySet());
        keys.addAll(candidate.provenance().environment().keySet());
        keys.remove(Provenance.COMMIT_KEY);
        List<String> warnings = new ArrayList<>();
        for (String key : keys) {
            String base = baseline.provenance().environment().getOrDefault(key, "(not recorded)");
            String cand = candidate.provenance().environment().getOrDefault(key, "(not recorded)");
            if (!base.equals(cand)) {
                warnings.add("environment differs in " + key + ": baseline " + base + ", candidate " + cand);
            }
        }
        return warnings;
    }
}
