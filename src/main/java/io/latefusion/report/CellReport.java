package io.latefusion.report;

import io.latefusion.experiment.Cell;
import java.util.List;

/**
 * Everything the report says about one grid cell: its id and parameters, the training batch size
 * (from the quality run's config; null if unknown), every JMH score of the cell, the training speed
 * and inference latencies derived from them (null / empty without JMH results), its quality and cost
 * (null without a quality run), and the comparison with its {@code none} baseline (null for a
 * baseline itself or when the baseline or this cell lacks quality results).
 */
public record CellReport(String id, Cell params, Integer batchSize, List<JmhResult> jmh, TrainingSpeed trainingSpeed,
                         List<InferenceLatency> inference, QualityReport quality, CostReport cost,
                         BaselineComparison versusBaseline) {

    /** This report with {@code comparison} as its baseline comparison. */
    CellReport withBaseline(BaselineComparison comparison) {
        return new CellReport(id, params, batchSize, jmh, trainingSpeed, inference, quality, cost, comparison);
    }

    /** The inference latency at request size {@code batch}, or null. */
    InferenceLatency inference(int batch) {
        return inference.stream().filter(i -> i.batch() == batch).findFirst().orElse(null);
    }
}
