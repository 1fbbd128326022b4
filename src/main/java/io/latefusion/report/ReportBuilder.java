package io.latefusion.report;

import io.latefusion.experiment.Cell;
import io.latefusion.experiment.ExperimentSummary;
import io.latefusion.experiment.PretrainUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Joins what a suite folder holds into one {@link ReportDocument}: per cell, its JMH scores,
 * split sizes and histograms, its quality run, its cost with each encoder amortised over the cells sharing it, and
 * its comparison with the {@code none} baseline; and, in words, which parts are missing.
 */
public final class ReportBuilder {

    /** The benchmarks a complete suite runs for every cell. */
    static final List<String> CELL_BENCHMARKS = List.of("pretrainEncoder", "trainEpoch", "trainStep", "inference",
            "bareTrainStep", "epochEndToEnd");

    private ReportBuilder() {
    }

    /** The report of {@code suite}. */
    public static ReportDocument build(SuiteResults suite) {
        List<String> missing = new ArrayList<>(suite.missing());
        List<JmhResult> jmh = suite.jmh() == null ? List.of() : suite.jmh();
        Map<Cell, QualityRun> quality = new LinkedHashMap<>();
        suite.quality().forEach(q -> quality.put(q.cell(), q));
        Map<String, Integer> sharedBy = sharing(suite.quality());

        Map<Cell, CellReport> reports = new LinkedHashMap<>();
        for (Cell cell : cells(suite)) {
            List<JmhResult> scores = jmh.stream().filter(r -> cell.equals(r.cell())).toList();
            List<LatencyHistogram> histograms = suite.histograms().stream().filter(h -> cell.equals(h.cell())).toList();
            QualityRun run = quality.get(cell);
            SplitSizes sizes = suite.splits().stream().filter(s -> cell.equals(s.gridCell(s.cell()))).findFirst()
                    .orElse(null);
            Integer batchSize = run != null && run.batchSize() != null ? run.batchSize()
                    : sizes == null ? null : sizes.batchSize();
            reports.put(cell, new CellReport(cell.id(), cell, batchSize, scores,
                    scores.isEmpty() ? null : TrainingSpeed.of(scores, batchSize,
                            sizes == null ? null : sizes.trainRows()),
                    InferenceLatency.of(scores, histograms), run == null ? null : QualityReport.of(run),
                    run == null ? null : CostReport.of(run.result(), sharedBy), null));
            if (suite.jmh() != null) {
                List<String> absent = CELL_BENCHMARKS.stream()
                        .filter(b -> scores.stream().noneMatch(r -> r.benchmark().equals(b))).toList();
                if (!absent.isEmpty()) {
                    missing.add(cell.id() + ": no JMH " + String.join(", ", absent) + " result");
                }
            }
            String threads = TrainingSpeed.threads(scores);
            List<String> other = scores.stream().map(r -> r.params().get("threads"))
                    .filter(t -> t != null && !t.equals(threads)).distinct().toList();
            if (!other.isEmpty()) {
                missing.add(cell.id() + ": JMH results at threads " + String.join(", ", other) + " too; the report"
                        + " shows threads " + threads + " (all are in jmh.json; compare them with the compare command)");
            }
            if (run == null && !quality.isEmpty()) {
                missing.add(cell.id() + ": no quality results");
            }
        }
        List<CellReport> cells = new ArrayList<>();
        for (CellReport report : reports.values()) {
            CellReport base = reports.get(CellParams.baseline(report.params()));
            boolean comparable = !"none".equals(report.params().pretrain()) && base != null && base.quality() != null
                    && report.quality() != null;
            cells.add(comparable ? report.withBaseline(BaselineComparison.of(report, base)) : report);
        }

        List<JmhResult> runScores = jmh.stream().filter(r -> r.cell() == null).toList();
        if (suite.jmh() != null && runScores.stream().noneMatch(r -> r.benchmark().equals("reference"))) {
            missing.add("no JMH reference score (scores cannot be normalised across machines)");
        }
        RunInfo run = suite.run();
        ExperimentSummary any = suite.quality().isEmpty() ? null : suite.quality().get(0).summary();
        return new ReportDocument(
                run != null ? run.runId() : suite.dir().toAbsolutePath().normalize().getFileName().toString(),
                run != null && run.started() != null ? run.started() : any == null ? null : any.started(),
                run != null ? run.command() : List.of(),
                run != null ? run.environment() : any == null ? Map.of() : any.environment(),
                runScores, List.copyOf(cells), List.copyOf(missing), suite.jmhJson());
    }

    /** The cells in order: those run.json lists, then any other found in the JMH or quality results. */
    private static Set<Cell> cells(SuiteResults suite) {
        Set<Cell> cells = new LinkedHashSet<>();
        if (suite.run() != null) {
            cells.addAll(suite.run().cells());
        }
        if (suite.jmh() != null) {
            suite.jmh().stream().map(JmhResult::cell).filter(Objects::nonNull).forEach(cells::add);
        }
        suite.histograms().forEach(h -> cells.add(h.cell()));
        suite.quality().forEach(q -> cells.add(q.cell()));
        return cells;
    }

    /** Encoder file → the number of cells of the run that use it. */
    private static Map<String, Integer> sharing(List<QualityRun> runs) {
        Map<String, Integer> count = new HashMap<>();
        for (QualityRun run : runs) {
            Set<String> paths = new HashSet<>();
            for (PretrainUse use : run.result().pretrainedEncoders().values()) {
                paths.add(use.path());
            }
            paths.forEach(p -> count.merge(p, 1, Integer::sum));
        }
        return count;
    }
}
