package io.latefusion.report;

import static io.latefusion.report.MarkdownTable.row;

import io.latefusion.train.RobustnessCurve;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code report.md}: the run's title and environment, one table of every cell (quality,
 * convergence, cost, training speed, inference latency), the cost-vs-performance table against
 * each cell's {@code none} baseline, run-level JMH scores, and notes on reading the numbers and on
 * what is missing. Metrics have 4 decimals, seconds 1, throughputs and latencies 3 significant digits.
 */
public final class MarkdownReport {

    private static final String NONE = "—";

    private MarkdownReport() {
    }

    /** The Markdown text of {@code report}. */
    public static String render(ReportDocument report) {
        StringBuilder md = new StringBuilder();
        String started = report.started();
        md.append("# latefusion-bench report — run ").append(report.runId()).append(" (")
                .append(started == null ? "date unknown" : started.split("T")[0]).append(")\n\n");
        md.append("Started ").append(started == null ? "at an unknown time" : started).append(".\n");
        if (report.jmh() == null) {
            md.append("\n**No JMH results**: this report shows quality and cost only (see Notes).\n");
        }
        md.append("\n## Environment\n\n").append(environment(report));
        md.append("\n## Cells\n\n").append(cells(report.cells()));
        md.append("\n## Cost vs performance against the `none` baseline\n\n").append(versus(report.cells()));
        if (!report.runScores().isEmpty()) {
            md.append("\n## Run-level scores\n\n").append(runScores(report.runScores()));
        }
        md.append("\n## Notes\n\n").append(notes(report.missing()));
        return md.toString();
    }

    private static String environment(ReportDocument report) {
        List<String[]> rows = new ArrayList<>();
        report.environment().forEach((k, v) -> rows.add(new String[] {k, v}));
        if (!report.command().isEmpty()) {
            rows.add(new String[] {"command", "`" + String.join(" ", report.command()) + "`"});
        }
        return rows.isEmpty() ? "Not recorded.\n" : MarkdownTable.render(List.of("setting", "value"), rows);
    }

    private static String cells(List<CellReport> cells) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("batch size", cells, c -> c.batchSize() == null ? NONE : String.valueOf(c.batchSize())));
        rows.add(row("JMH threads", cells, speed(s -> s.threads() == null ? NONE : s.threads())));
        Set<String> metrics = new LinkedHashSet<>();
        cells.stream().filter(c -> c.quality() != null).forEach(c -> metrics.add(c.quality().metric()));
        for (String m : metrics) {
            rows.add(row("epoch-1 validation " + m + " (full set)", cells, quality(q -> m.equals(q.metric())
                    ? metric(q.epoch1ValMetric()) : NONE)));
        }
        rows.add(row("epoch-1 validation loss", cells, quality(q -> metric(q.epoch1ValLoss()))));
        rows.add(row("target", cells, quality(q -> q.metric() + " ≥ " + q.target() + " on " + q.targetSubset())));
        rows.add(row("epochs to target (validation)", cells,
                quality(q -> Formats.epochOrNotReached(q.epochsToTargetVal()))));
        rows.add(row("epochs to target (training curve)", cells,
                quality(q -> Formats.epochOrNotReached(q.epochsToTargetTrain()))));
        rows.add(row("seconds to target (validation)", cells,
                quality(q -> Formats.secondsOrNotReached(q.secondsToTargetVal()))));
        rows.add(row("best epoch / epochs run", cells, quality(q -> q.bestEpoch() + " / " + q.epochsRun())));
        rows.add(row("pooling (missing policy), parameters / multiply-adds", cells, quality(q -> q.pooling() == null
                ? NONE : q.pooling().type() + " (" + q.pooling().missingPolicy() + "), " + q.pooling().parameters()
                + " / " + q.pooling().flops())));
        Set<String> curves = new TreeSet<>();
        cells.stream().filter(c -> c.quality() != null && c.quality().robustness() != null)
                .forEach(c -> curves.addAll(c.quality().robustness().keySet()));
        for (String m : curves) {
            String scored = cells.stream().filter(c -> c.quality() != null && c.quality().robustness() != null
                            && c.quality().robustness().containsKey(m))
                    .map(c -> c.quality().robustness().get(m).metric()).distinct().collect(Collectors.joining("/"));
            rows.add(row("robustness to missing " + m + ": " + scored + " area / relative", cells, quality(q -> {
                RobustnessCurve curve = q.robustness() == null ? null : q.robustness().get(m);
                return curve == null ? NONE : metric(curve.area()) + " / " + metric(curve.relative());
            })));
        }
        rows.add(row("stop reason", cells, quality(QualityReport::stopReason)));
        addTestRows(rows, cells, "best", QualityReport::testBest);
        addTestRows(rows, cells, "last", QualityReport::testLast);
        rows.add(row("pre-training (s), full / amortised", cells,
                cost(k -> Formats.seconds(k.pretrainSFull()) + " / " + Formats.seconds(k.pretrainSAmortised()))));
        rows.add(row("training incl. validation (s)", cells, cost(k -> Formats.seconds(k.trainS()))));
        rows.add(row("test scoring (s)", cells, cost(k -> Formats.seconds(k.testS()))));
        rows.add(row("total = pre-training + training (s), full / amortised", cells,
                cost(k -> Formats.seconds(k.totalSFull()) + " / " + Formats.seconds(k.totalSAmortised()))));
        rows.add(row("JMH train step (samples/s)", cells, speed(s -> withError(s.trainStepSamplesPerS(),
                s.trainStepSamplesPerSError(), Formats::significant))));
        rows.add(row("JMH train step (steps/s)", cells, speed(s -> withError(s.trainStepStepsPerS(),
                s.trainStepStepsPerSError(), Formats::significant))));
        rows.add(row("JMH training epoch (s)", cells, speed(s -> withError(s.trainEpochS(), s.trainEpochSError(),
                Formats::seconds))));
        rows.add(row("JMH end-to-end epoch incl. validation (samples/s)", cells,
                speed(s -> significant(s.epochEndToEndSamplesPerS()))));
        rows.add(row("JMH pre-training epoch (s)", cells, speed(s -> withError(s.pretrainEpochS(),
                s.pretrainEpochSError(), Formats::seconds))));
        Set<Integer> batches = new TreeSet<>();
        cells.forEach(c -> c.inference().forEach(i -> batches.add(i.batch())));
        for (int b : batches) {
            rows.add(row("JMH inference batch " + b + ", p50 / p99 (ms)", cells, c -> {
                InferenceLatency i = c.inference(b);
                return i == null ? NONE : significant(i.jmhP50Ms()) + " / " + significant(i.jmhP99Ms());
            }));
        }
        rows.add(row("harness overhead (trainStep / bareTrainStep)", cells,
                speed(s -> significant(s.harnessOverheadRatio()))));
        rows.add(row("epoch overhead (trainEpoch / trainStep, per sample; goal ≤ 1.05)", cells,
                speed(s -> significant(s.epochOverheadRatio()))));
        List<String> header = new ArrayList<>();
        header.add("cell");
        cells.forEach(c -> header.add(c.id()));
        return MarkdownTable.render(header, rows);
    }

    private static void addTestRows(List<String[]> rows, List<CellReport> cells, String epoch,
                                    Function<QualityReport, Map<String, Map<String, Double>>> scores) {
        Set<List<String>> keys = new LinkedHashSet<>();
        cells.stream().filter(c -> c.quality() != null).forEach(c -> scores.apply(c.quality()).forEach((subset, m) -> {
            if (m.containsKey(c.quality().metric())) {
                keys.add(List.of(c.quality().metric(), subset));
            }
        }));
        for (List<String> k : keys) {
            rows.add(row("test " + k.get(0) + " " + k.get(1) + " (" + epoch + " epoch)", cells,
                    quality(q -> metric(scores.apply(q).getOrDefault(k.get(1), Map.of()).get(k.get(0))))));
        }
    }

    private static String versus(List<CellReport> cells) {
        List<String[]> rows = new ArrayList<>();
        for (CellReport c : cells) {
            if ("none".equals(c.params().pretrain())) {
                continue;
            }
            BaselineComparison v = c.versusBaseline();
            if (v == null) {
                rows.add(new String[] {c.id(), whyNoBaseline(c, cells), NONE, NONE, NONE, NONE, NONE});
            } else {
                QualityReport q = c.quality();
                rows.add(new String[] {c.id(), v.baseline(), q.metric() + " " + q.fullSubset(),
                        change(v.testMetricChangePct()), change(v.epochsToTargetChangePct()),
                        change(v.totalSFullChangePct()), change(v.totalSAmortisedChangePct())});
            }
        }
        if (rows.isEmpty()) {
            return "No cell with pre-trained encoders in this run.\n";
        }
        return MarkdownTable.render(List.of("cell", "baseline", "test metric (best epoch)", "test metric change",
                "epochs to target (validation) change", "total cost change, full", "total cost change, amortised"),
                rows);
    }

    private static String whyNoBaseline(CellReport cell, List<CellReport> cells) {
        if (cell.quality() == null) {
            return "no quality results for this cell";
        }
        String base = CellParams.baseline(cell.params()).id();
        return cells.stream().anyMatch(c -> c.id().equals(base))
                ? "baseline " + base + " has no quality results" : "no `none` baseline in this run";
    }

    private static String runScores(List<JmhResult> scores) {
        List<String[]> rows = new ArrayList<>();
        for (JmhResult r : scores) {
            rows.add(new String[] {r.benchmark(), r.mode(), withError(r.score(), r.scoreError(), Formats::significant),
                    r.unit()});
        }
        return MarkdownTable.render(List.of("benchmark", "mode", "score", "unit"), rows);
    }

    private static String notes(List<String> missing) {
        StringBuilder md = new StringBuilder();
        md.append("- A JMH error of NaN means the score rests on 2 samples or fewer (JMH computes no error then).\n");
        md.append("- Samples/s = the trainStep score in steps/s × the cell's `train.batch_size` (its config.yaml).\n");
        md.append("- Pre-training cost *full* charges each cell the whole pre-training of its encoders; *amortised*"
                + " divides each encoder's seconds by the number of cells in this run that use the same encoder file"
                + " (pre-trained encoders are shared through a cache).\n");
        md.append("- Total = pre-training + training (with validation); test scoring is listed apart.\n");
        md.append("- Relative change = (cell − baseline) / baseline × 100, against the `none` cell of the same data"
                + " set, pooling and scale; " + NONE + " where a side lacks the value (e.g. a target never"
                + " reached).\n");
        md.append("- Harness overhead = trainStep / bareTrainStep: the share of a bare DJL loop's speed the harness"
                + " keeps (1 = no overhead).\n");
        if (missing.isEmpty()) {
            md.append("- Missing: nothing; every part of the suite is present.\n");
        } else {
            md.append("- Missing:\n");
            missing.forEach(m -> md.append("  - ").append(m).append('\n'));
        }
        return md.toString();
    }

    private static Function<CellReport, String> quality(Function<QualityReport, String> value) {
        return c -> c.quality() == null ? NONE : value.apply(c.quality());
    }

    private static Function<CellReport, String> cost(Function<CostReport, String> value) {
        return c -> c.cost() == null ? NONE : value.apply(c.cost());
    }

    private static Function<CellReport, String> speed(Function<TrainingSpeed, String> value) {
        return c -> c.trainingSpeed() == null ? NONE : value.apply(c.trainingSpeed());
    }

    private static String withError(Double value, Double error, Function<Double, String> format) {
        if (value == null) {
            return NONE;
        }
        return format.apply(value) + " ± " + (error == null ? "NaN" : format.apply(error));
    }

    private static String metric(Double v) {
        return v == null ? NONE : Formats.metric(v);
    }

    private static String significant(Double v) {
        return v == null ? NONE : Formats.significant(v);
    }

    private static String change(Double pct) {
        return pct == null ? NONE : Formats.percentChange(pct);
    }
}
