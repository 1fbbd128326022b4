package io.latefusion.train;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One phase (train, validation or test) of one epoch: the loss on all modalities, the metrics of
 * each modality subset (each with its own loss), and the timing. Serialised in the study's shape:
 * {@code {"loss": …, "AI": {"accuracy": …}, "A": {…}, "timing": {"total_time": …, "avg_batch_time": …}}}.
 */
public record PhaseRecord(double loss, Map<String, Map<String, Double>> subsets, Timing timing) {

    public PhaseRecord {
        subsets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(subsets));
    }

    /** One metric of one subset, or an error naming what exists. */
    public double metric(String subset, String metric) {
        Map<String, Double> m = subsets.get(subset);
        if (m == null) {
            throw new IllegalArgumentException("No subset '" + subset + "' in this record (have " + subsets.keySet() + ")");
        }
        Double v = m.get(metric);
        if (v == null) {
            throw new IllegalArgumentException("No metric '" + metric + "' for subset " + subset + " (have " + m.keySet() + ")");
        }
        return v;
    }

    @JsonValue
    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("loss", loss);
        out.putAll(subsets);
        out.put("timing", Map.of("total_time", timing.totalTime(), "avg_batch_time", timing.avgBatchTime()));
        return out;
    }

    @JsonCreator
    @SuppressWarnings("unchecked")
    static PhaseRecord fromJson(Map<String, Object> json) {
        Map<String, Map<String, Double>> subsets = new LinkedHashMap<>();
        double loss = Double.NaN;
        Timing timing = new Timing(Double.NaN, Double.NaN);
        for (Map.Entry<String, Object> e : json.entrySet()) {
            switch (e.getKey()) {
                case "loss" -> loss = ((Number) e.getValue()).doubleValue();
                case "timing" -> {
                    Map<String, Object> t = (Map<String, Object>) e.getValue();
                    timing = new Timing(((Number) t.get("total_time")).doubleValue(),
                            ((Number) t.get("avg_batch_time")).doubleValue());
                }
                default -> {
                    Map<String, Double> metrics = new LinkedHashMap<>();
                    ((Map<String, Object>) e.getValue()).forEach((k, v) -> metrics.put(k, ((Number) v).doubleValue()));
                    subsets.put(e.getKey(), metrics);
                }
            }
        }
        return new PhaseRecord(loss, subsets, timing);
    }
}
