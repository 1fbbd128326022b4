package io.latefusion.train;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.latefusion.data.Modality;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One phase (train, validation or test) of one epoch: the loss on all modalities, the metrics of
 * each modality subset (each with its own loss), the timing, and — for training — the share of
 * samples that lacked each modality (the realised missing rate; empty for scoring phases, where
 * subsets say what was absent). Serialised in the study's shape, extended:
 * {@code {"loss": …, "AI": {"accuracy": …}, "A": {…}, "missing_rate": {"audio": 0.198, "image": 0.0},
 * "timing": {"total_time": …, "avg_batch_time": …}}}; {@code missing_rate} is left out when empty.
 */
public record PhaseRecord(double loss, Map<String, Map<String, Double>> subsets, Timing timing,
                          Map<Modality, Double> missingRate) {

    private static final String MISSING_RATE = "missing_rate";

    public PhaseRecord {
        subsets = Collections.unmodifiableMap(new LinkedHashMap<>(subsets));
        missingRate = Modality.orderedCopy(missingRate);
    }

    /** A phase in which no modality was dropped at random (validation, test). */
    public PhaseRecord(double loss, Map<String, Map<String, Double>> subsets, Timing timing) {
        this(loss, subsets, timing, Map.of());
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
        if (!missingRate.isEmpty()) {
            Map<String, Double> rates = new LinkedHashMap<>();
            missingRate.forEach((m, rate) -> rates.put(m.key(), rate));
            out.put(MISSING_RATE, rates);
        }
        out.put("timing", Map.of("total_time", timing.totalTime(), "avg_batch_time", timing.avgBatchTime()));
        return out;
    }

    @JsonCreator
    @SuppressWarnings("unchecked")
    static PhaseRecord fromJson(Map<String, Object> json) {
        Map<String, Map<String, Double>> subsets = new LinkedHashMap<>();
        double loss = Double.NaN;
        Timing timing = new Timing(Double.NaN, Double.NaN);
        Map<Modality, Double> missingRate = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : json.entrySet()) {
            switch (e.getKey()) {
                case "loss" -> loss = ((Number) e.getValue()).doubleValue();
                case "timing" -> {
                    Map<String, Object> t = (Map<String, Object>) e.getValue();
                    timing = new Timing(((Number) t.get("total_time")).doubleValue(),
                            ((Number) t.get("avg_batch_time")).doubleValue());
                }
                case MISSING_RATE -> ((Map<String, Object>) e.getValue()).forEach((k, v) ->
                        missingRate.put(Modality.fromKey(k), ((Number) v).doubleValue()));
                default -> {
                    Map<String, Double> metrics = new LinkedHashMap<>();
                    ((Map<String, Object>) e.getValue()).forEach((k, v) -> metrics.put(k, ((Number) v).doubleValue()));
                    subsets.put(e.getKey(), metrics);
                }
            }
        }
        return new PhaseRecord(loss, subsets, timing, missingRate);
    }
}
