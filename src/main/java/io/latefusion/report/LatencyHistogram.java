package io.latefusion.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Cell;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HdrHistogram summary of one inference trial, in milliseconds: how many requests were
 * recorded (warm-up excluded) and their p50, p90, p99, p99.9 and maximum latency. {@code benchmark},
 * {@code cell} and {@code batch} say which trial it summarises.
 */
public record LatencyHistogram(long count, Double p50Ms, Double p90Ms, Double p99Ms,
                               @JsonProperty("p99_9_ms") Double p999Ms, Double maxMs,
                               @JsonIgnore String benchmark, @JsonIgnore Cell cell, @JsonIgnore int batch) {

    /** Reads one summary written by the inference benchmark. */
    static LatencyHistogram read(Path file) {
        JsonNode json = JsonFiles.readTree(file);
        String where = file.toString();
        if (!json.isObject() || !json.path("count").isIntegralNumber()) {
            throw new ReportException(where + ": not an HdrHistogram summary (expected an object with a count)");
        }
        String benchmark = JsonFiles.text(json, "benchmark", where);
        String unit = JsonFiles.text(json, "unit", where) + "/op";
        if (!Units.known(unit)) {
            throw new ReportException(where + ": unknown unit '" + json.get("unit").asText() + "'");
        }
        Map<String, String> params = new LinkedHashMap<>();
        json.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        Cell cell = CellParams.fromParams(params, where);
        String batch = params.get("batch");
        if (cell == null || batch == null || !batch.matches("\\d+")) {
            throw new ReportException(where + ": params " + params + " do not name a cell and a batch size");
        }
        return new LatencyHistogram(json.get("count").longValue(), millis(json, "p50", unit), millis(json, "p90", unit),
                millis(json, "p99", unit), millis(json, "p99.9", unit), millis(json, "max", unit),
                benchmark.substring(benchmark.lastIndexOf('.') + 1), cell, Integer.parseInt(batch));
    }

    private static Double millis(JsonNode json, String field, String unit) {
        return Units.millis(JsonFiles.number(json.get(field)), unit);
    }
}
