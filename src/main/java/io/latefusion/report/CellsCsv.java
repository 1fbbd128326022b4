package io.latefusion.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code cells.csv}: one row per cell, flat columns for pandas or R, RFC 4180 (CRLF, fields quoted
 * when they hold a comma, quote or line break). A missing value is an empty field. Metric columns
 * are named after the metric and modality subset found ({@code epoch1_val_accuracy},
 * {@code test_accuracy_AI}); inference columns after the request size ({@code inference_b64_p99_ms}).
 */
public final class CellsCsv {

    private record Column(String name, Function<CellReport, Object> value) {
    }

    private CellsCsv() {
    }

    /** The CSV text of {@code cells}. */
    public static String render(List<CellReport> cells) {
        List<Column> columns = columns(cells);
        StringBuilder csv = new StringBuilder();
        csv.append(line(columns.stream().map(Column::name).toList()));
        for (CellReport cell : cells) {
            csv.append(line(columns.stream().map(c -> text(c.value().apply(cell))).toList()));
        }
        return csv.toString();
    }

    private static List<Column> columns(List<CellReport> cells) {
        List<Column> c = new ArrayList<>();
        c.add(new Column("dataset", r -> r.params().dataset()));
        c.add(new Column("pretrain", r -> r.params().pretrain()));
        c.add(new Column("pooling", r -> r.params().pooling()));
        c.add(new Column("scale", r -> r.params().scale()));
        c.add(new Column("batch_size", CellReport::batchSize));
        c.add(speed("threads", TrainingSpeed::threads));
        c.add(speed("train_rows", TrainingSpeed::trainRows));
        c.add(speed("train_step_steps_per_s", TrainingSpeed::trainStepStepsPerS));
        c.add(speed("train_step_steps_per_s_error", TrainingSpeed::trainStepStepsPerSError));
        c.add(speed("train_step_samples_per_s", TrainingSpeed::trainStepSamplesPerS));
        c.add(speed("train_step_samples_per_s_error", TrainingSpeed::trainStepSamplesPerSError));
        c.add(speed("train_epoch_s", TrainingSpeed::trainEpochS));
        c.add(speed("train_epoch_s_error", TrainingSpeed::trainEpochSError));
        c.add(speed("pretrain_epoch_s", TrainingSpeed::pretrainEpochS));
        c.add(speed("pretrain_epoch_s_error", TrainingSpeed::pretrainEpochSError));
        c.add(speed("bare_train_step_steps_per_s", TrainingSpeed::bareTrainStepStepsPerS));
        c.add(speed("harness_overhead_ratio", TrainingSpeed::harnessOverheadRatio));
        c.add(speed("epoch_end_to_end_s", TrainingSpeed::epochEndToEndS));
        c.add(speed("epoch_end_to_end_s_error", TrainingSpeed::epochEndToEndSError));
        c.add(speed("epoch_end_to_end_samples_per_s", TrainingSpeed::epochEndToEndSamplesPerS));
        c.add(speed("epoch_overhead_ratio", TrainingSpeed::epochOverheadRatio));
        Set<Integer> batches = new TreeSet<>();
        cells.forEach(r -> r.inference().forEach(i -> batches.add(i.batch())));
        for (int b : batches) {
            c.add(new Column("inference_b" + b + "_p50_ms", r -> latency(r, b, InferenceLatency::jmhP50Ms)));
            c.add(new Column("inference_b" + b + "_p99_ms", r -> latency(r, b, InferenceLatency::jmhP99Ms)));
        }
        Set<String> metrics = new LinkedHashSet<>();
        Set<List<String>> tests = new LinkedHashSet<>();
        for (CellReport r : cells) {
            if (r.quality() != null) {
                metrics.add(r.quality().metric());
                r.quality().testBest().forEach((subset, values) -> {
                    if (values.containsKey(r.quality().metric())) {
                        tests.add(List.of(r.quality().metric(), subset));
                    }
                });
            }
        }
        for (String m : metrics) {
            c.add(quality("epoch1_val_" + m, q -> m.equals(q.metric()) ? q.epoch1ValMetric() : null));
        }
        c.add(quality("epoch1_val_loss", QualityReport::epoch1ValLoss));
        c.add(quality("epochs_to_target_val", QualityReport::epochsToTargetVal));
        c.add(quality("seconds_to_target_val", QualityReport::secondsToTargetVal));
        c.add(quality("epochs_to_target_train", QualityReport::epochsToTargetTrain));
        c.add(quality("seconds_to_target_train", QualityReport::secondsToTargetTrain));
        c.add(quality("best_epoch", QualityReport::bestEpoch));
        c.add(quality("epochs_run", QualityReport::epochsRun));
        c.add(quality("stop_reason", QualityReport::stopReason));
        for (List<String> t : tests) {
            c.add(quality("test_" + t.get(0) + "_" + t.get(1), q -> q.testScore(t.get(0), t.get(1))));
        }
        c.add(cost("pretrain_s_full", CostReport::pretrainSFull));
        c.add(cost("pretrain_s_amortised", CostReport::pretrainSAmortised));
        c.add(cost("train_s", CostReport::trainS));
        c.add(cost("test_s", CostReport::testS));
        c.add(cost("total_s_full", CostReport::totalSFull));
        c.add(cost("total_s_amortised", CostReport::totalSAmortised));
        c.add(versus("vs_none_test_metric_change_pct", BaselineComparison::testMetricChangePct));
        c.add(versus("vs_none_epochs_to_target_change_pct", BaselineComparison::epochsToTargetChangePct));
        c.add(versus("vs_none_total_s_full_change_pct", BaselineComparison::totalSFullChangePct));
        c.add(versus("vs_none_total_s_amortised_change_pct", BaselineComparison::totalSAmortisedChangePct));
        return c;
    }

    private static Column speed(String name, Function<TrainingSpeed, Object> value) {
        return new Column(name, r -> r.trainingSpeed() == null ? null : value.apply(r.trainingSpeed()));
    }

    private static Column quality(String name, Function<QualityReport, Object> value) {
        return new Column(name, r -> r.quality() == null ? null : value.apply(r.quality()));
    }

    private static Column cost(String name, Function<CostReport, Object> value) {
        return new Column(name, r -> r.cost() == null ? null : value.apply(r.cost()));
    }

    private static Column versus(String name, Function<BaselineComparison, Object> value) {
        return new Column(name, r -> r.versusBaseline() == null ? null : value.apply(r.versusBaseline()));
    }

    private static Object latency(CellReport r, int batch, Function<InferenceLatency, Double> value) {
        InferenceLatency latency = r.inference(batch);
        return latency == null ? null : value.apply(latency);
    }

    /** A value as a field: empty for null, plain decimal notation for numbers. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String line(List<String> fields) {
        List<String> quoted = new ArrayList<>(fields.size());
        for (String f : fields) {
            boolean quote = f.contains(",") || f.contains("\"") || f.contains("\r") || f.contains("\n");
            quoted.add(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return String.join(",", quoted) + "\r\n";
    }
}
