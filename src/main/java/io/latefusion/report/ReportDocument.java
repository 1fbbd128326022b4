package io.latefusion.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The unified report of a suite run, as written to {@code report.json}: the run's id, start time,
 * command line and environment; JMH scores that belong to no cell (the reference benchmark); one
 * {@link CellReport} per cell; what is missing, in words; and JMH's whole result array under
 * {@code jmh} (null without JMH results), which {@code compare} reads.
 */
public record ReportDocument(String runId, String started, List<String> command, Map<String, String> environment,
                             List<JmhResult> runScores, List<CellReport> cells, List<String> missing, JsonNode jmh) {
}
