package io.latefusion.report.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latefusion.experiment.AtomicFiles;
import java.nio.file.Path;

/**
 * The candidate's scores for github-action-benchmark's {@code customBiggerIsBetter} and
 * {@code customSmallerIsBetter} tools, which chart them over commits: {@value #BIGGER} holds the
 * throughput results, {@value #SMALLER} the time results, each a JSON array of
 * {@code {"name", "unit", "value", "range", "extra"}}; a file is written only when it has entries.
 */
public final class GithubBenchmark {

    static final String BIGGER = "bigger-is-better.json";
    static final String SMALLER = "smaller-is-better.json";

    private GithubBenchmark() {
    }

    /** Writes the files into {@code dir} (created when missing), atomically. */
    public static void write(GateReport report, Path dir) {
        ArrayNode bigger = JsonNodeFactory.instance.arrayNode();
        ArrayNode smaller = JsonNodeFactory.instance.arrayNode();
        for (Comparison c : report.comparisons()) {
            JmhResult r = c.candidate();
            ObjectNode entry = (r.higherIsBetter() ? bigger : smaller).addObject();
            entry.put("name", r.shortName() + (r.params().isEmpty() ? "" : " [" + r.paramsText() + "]")
                    + " (" + r.mode().shortLabel() + ")");
            entry.put("unit", r.unit());
            entry.put("value", r.mean());
            entry.put("range", Double.isFinite(r.scoreError()) ? "± " + GateFormat.number(r.scoreError()) : "");
            entry.put("extra", r.sampleCount() + " samples in " + r.forkCount() + " forks; ratio to baseline "
                    + GateFormat.ratio(c.ratio()) + (c.interval() == null ? "" : " " + GateFormat.interval(c.interval()))
                    + ": " + c.verdictText());
        }
        if (!bigger.isEmpty()) {
            AtomicFiles.writeJson(dir.resolve(BIGGER), bigger);
        }
        if (!smaller.isEmpty()) {
            AtomicFiles.writeJson(dir.resolve(SMALLER), smaller);
        }
    }
}
