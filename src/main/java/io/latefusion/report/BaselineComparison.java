package io.latefusion.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A cell against its baseline, the {@code none} cell of the same data set, pooling and scale:
 * relative change in percent, {@code (cell − baseline) / baseline × 100}, of the headline test
 * metric, of the epochs to the target on validation, and of the total cost in full and amortised.
 * A change is null when either side lacks the value (e.g. a target never reached) or the baseline is 0.
 */
public record BaselineComparison(String baseline, Double testMetricChangePct, Double epochsToTargetChangePct,
                                 @JsonProperty("total_s_full_change_pct") Double totalSFullChangePct,
                                 @JsonProperty("total_s_amortised_change_pct") Double totalSAmortisedChangePct) {

    /** Compares {@code cell} with {@code base} (the baseline's report). */
    static BaselineComparison of(CellReport cell, CellReport base) {
        QualityReport q = cell.quality();
        QualityReport b = base.quality();
        return new BaselineComparison(base.id(), change(q.testMetric(), b.testMetric()),
                change(toDouble(q.epochsToTargetVal()), toDouble(b.epochsToTargetVal())),
                change(cell.cost().totalSFull(), base.cost().totalSFull()),
                change(cell.cost().totalSAmortised(), base.cost().totalSAmortised()));
    }

    private static Double change(Double value, Double baseline) {
        return value == null || baseline == null || baseline == 0 ? null : (value - baseline) / baseline * 100;
    }

    private static Double toDouble(Integer v) {
        return v == null ? null : v.doubleValue();
    }
}
