package io.latefusion.experiment;

import java.util.List;
import java.util.Map;

/** A finished experiment: its run id, config name, environment, and every variant's result. */
public record ExperimentSummary(String runId, String config, String dataset, long seed, String started,
                                Map<String, String> environment, List<VariantResult> variants) {
}
