package io.latefusion.experiment;

import io.latefusion.data.TaskType;
import java.util.List;
import java.util.Map;

/**
 * A finished experiment: its run id, config name, data set and the task its labels pose,
 * environment, and every variant's result. Summaries written before {@code task} existed were all
 * single-label and read as such.
 */
public record ExperimentSummary(String runId, String config, String dataset, long seed, String started,
                                Map<String, String> environment, List<VariantResult> variants, TaskType task) {

    public ExperimentSummary {
        task = task == null ? TaskType.SINGLE_LABEL : task;
    }
}
