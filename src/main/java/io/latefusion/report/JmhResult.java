package io.latefusion.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Cell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One score of JMH's {@code -rf json} output: the benchmark's method name, mode, parameters,
 * primary score with its error and confidence interval (null where JMH wrote NaN), unit, and
 * percentiles when JMH gave them. {@code cell} is the grid cell the parameters name (null for a
 * run-level benchmark); {@code source} says where it was read, for messages.
 */
public record JmhResult(String benchmark, String mode, Map<String, String> params, double score, Double scoreError,
                        List<Double> ci, String unit,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> percentiles,
                        @JsonIgnore Cell cell, @JsonIgnore String source) {

    /** Reads entry {@code index} of a JMH result array read from {@code file}. */
    static JmhResult parse(JsonNode entry, String file, int index) {
        String where = file + ": entry " + index;
        if (!entry.isObject()) {
            throw new ReportException(where + ": not a JMH result (expected an object)");
        }
        String benchmark = JsonFiles.text(entry, "benchmark", where);
        String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        where = where + " (" + name + ")";
        String mode = JsonFiles.text(entry, "mode", where);
        JsonNode primary = entry.get("primaryMetric");
        if (primary == null || !primary.isObject() || !primary.path("score").isNumber()) {
            throw new ReportException(where + ": no primaryMetric.score (not a JMH result)");
        }
        String unit = JsonFiles.text(primary, "scoreUnit", where);
        if (!Units.known(unit)) {
            throw new ReportException(where + ": unknown scoreUnit '" + unit + "'");
        }
        Map<String, String> params = new LinkedHashMap<>();
        entry.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        JsonNode confidence = primary.path("scoreConfidence");
        List<Double> ci = null;
        if (confidence.isArray() && confidence.size() == 2) {
            ci = Arrays.asList(JsonFiles.number(confidence.get(0)), JsonFiles.number(confidence.get(1)));
        }
        Map<String, Double> percentiles = new LinkedHashMap<>();
        primary.path("scorePercentiles").fields().forEachRemaining(e -> {
            Double v = JsonFiles.number(e.getValue());
            if (v != null) {
                percentiles.put(e.getKey(), v);
            }
        });
        return new JmhResult(name, mode, params, primary.get("score").doubleValue(),
                JsonFiles.number(primary.get("scoreError")), ci, unit, percentiles.isEmpty() ? null : percentiles,
                CellParams.fromParams(params, where), where);
    }

    /** A percentile such as {@code "50.0"}, or null. */
    Double percentile(String key) {
        return percentiles == null ? null : percentiles.get(key);
    }

    /** A value of this result (score, error, percentile) in seconds per operation. */
    Double seconds(Double value) {
        return convert(() -> Units.seconds(value, unit));
    }

    /** A value of this result in milliseconds per operation. */
    Double millis(Double value) {
        return convert(() -> Units.millis(value, unit));
    }

    /** A value of this result in operations per second. */
    Double perSecond(Double value) {
        return convert(() -> Units.perSecond(value, unit));
    }

    private Double convert(Supplier<Double> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException e) {
            throw new ReportException(source + ": " + e.getMessage(), e);
        }
    }

    /** The results in {@code all} of the benchmark named {@code name} measured in {@code mode}, in order. */
    static List<JmhResult> named(List<JmhResult> all, String name, String mode) {
        List<JmhResult> out = new ArrayList<>();
        for (JmhResult r : all) {
            if (r.benchmark.equals(name) && r.mode.equals(mode)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The first result in {@code all} of the benchmark named {@code name} measured in {@code mode}, or null. */
    static JmhResult first(List<JmhResult> all, String name, String mode) {
        List<JmhResult> named = named(all, name, mode);
        return named.isEmpty() ? null : named.get(0);
    }
}
