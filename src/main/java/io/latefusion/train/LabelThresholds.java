package io.latefusion.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-label thresholds the best checkpoint was scored at, and the rule that produced them:
 * {@code rule} in words, {@code values} label name → threshold in label order. When tuned,
 * {@code validationFixed} and {@code validationTuned} are the best checkpoint's validation F1
 * averages (all modalities) at the fixed and at the tuned thresholds — the in-sample gain of tuning;
 * empty when fixed.
 */
public record LabelThresholds(String rule, Map<String, Double> values, Map<String, Double> validationFixed,
                              Map<String, Double> validationTuned) {

    public LabelThresholds {
        values = copy(values);
        validationFixed = copy(validationFixed);
        validationTuned = copy(validationTuned);
    }

    /** Whether the thresholds were tuned on validation. */
    public boolean tuned() {
        return !validationTuned.isEmpty();
    }

    /** The thresholds of an objective scored as configured, at {@code threshold} for every label. */
    static LabelThresholds fixed(MultiLabelObjective objective, double threshold) {
        return new LabelThresholds("fixed: every label at train.multi_label.threshold " + threshold,
                values(objective), Map.of(), Map.of());
    }

    /** The thresholds of {@code tuned}, with the validation scores before and after. */
    static LabelThresholds tuned(MultiLabelObjective tuned, double threshold, String subset, List<String> absent,
                                 Map<String, Double> validationFixed, Map<String, Double> validationTuned) {
        String rule = "tuned: per label, the threshold of 0.05, 0.10, ..., 0.95 maximising the label's F1 on the"
                + " validation outputs of the best checkpoint (all modalities, " + subset + "); ties → the closest to "
                + threshold + " (then the lower); a label without validation positives keeps " + threshold
                + (absent.isEmpty() ? "" : " (" + String.join(", ", absent) + ")");
        return new LabelThresholds(rule, values(tuned), validationFixed, validationTuned);
    }

    private static Map<String, Double> values(MultiLabelObjective objective) {
        Map<String, Double> map = new LinkedHashMap<>();
        double[] t = objective.thresholds();
        for (int l = 0; l < t.length; l++) {
            map.put(objective.labelNames().get(l), t[l]);
        }
        return map;
    }

    private static Map<String, Double> copy(Map<String, Double> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
