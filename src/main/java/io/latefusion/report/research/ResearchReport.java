package io.latefusion.report.research;

import io.latefusion.experiment.AtomicFiles;
import io.latefusion.report.Formats;
import io.latefusion.report.ReportException;
import io.latefusion.report.WrittenReport;
import io.latefusion.stats.BootstrapInterval;
import io.latefusion.stats.Correction;
import io.latefusion.stats.Summary;
import io.latefusion.stats.TestResult;
import io.latefusion.stats.TimeToTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the research report of an experiment, grid or seeded results folder from its saved
 * records alone: {@code report.md}, the self-contained {@code report.html} and the charts as
 * {@code charts/*.svg}, all written atomically into the folder.
 */
public final class ResearchReport {

    private ResearchReport() {
    }

    /** Whether {@code dir} is a folder this report is for (an experiment, grid or seeded run, not a benchmark suite). */
    public static boolean appliesTo(Path dir) {
        return ResultsFolder.holdsExperiments(dir);
    }

    /**
     * Writes the report of {@code dir} from the records it can read and returns {@code report.md}
     * with the files left out (also listed in the report's completeness section).
     *
     * @throws io.latefusion.report.ReportException when the folder holds no readable run record, or
     *                                              runs of different configs
     */
    public static WrittenReport build(Path dir, Correction correction) {
        ResultsFolder folder = ResultsFolder.read(dir);
        try {
            ConfigCheck.requireOneExperiment(folder);
        } catch (ReportException e) {
            // an unreadable grid.json hides the grid's axes: say so beside the differing keys
            throw folder.leftOut().isEmpty() ? e
                    : new ReportException(e.getMessage() + " (" + String.join("; ", folder.leftOut()) + ")", e);
        }
        List<Arm> arms = Arms.of(folder);
        List<DatasetAnalysis> analyses = Analysis.of(arms, correction);
        Document doc = document(folder, arms, analyses, correction);
        for (Document.Chart chart : doc.charts()) {
            AtomicFiles.write(dir.resolve("charts").resolve(chart.file()), chart.svg());
        }
        AtomicFiles.write(dir.resolve("report.html"), DocumentWriters.html(doc, "Research report — " + dir.getFileName()));
        Path markdown = dir.resolve("report.md");
        AtomicFiles.write(markdown, DocumentWriters.markdown(doc));
        return new WrittenReport(markdown, folder.leftOut());
    }

    private static Document document(ResultsFolder folder, List<Arm> arms, List<DatasetAnalysis> analyses,
                                     Correction correction) {
        Document doc = new Document();
        doc.heading(1, "Research report — " + folder.dir().getFileName());
        doc.paragraph(folder.runs().size() + " run records in " + arms.size() + " arms (cell × variant). Every number is"
                + " the mean over runs ± the half-width of its 95 % Student-t interval, with n the number of runs."
                + " Tests compare each arm with its data set's baseline (the first arm); p-values are adjusted over all "
                + analyses.stream().mapToInt(a -> a.comparisons().size()).sum() + " comparisons of this report by "
                + correction.title() + ".");
        doc.paragraph(Marks.LEGEND);
        if (!folder.missing().isEmpty() || !folder.leftOut().isEmpty()) {
            doc.heading(2, "Completeness");
        }
        if (!folder.missing().isEmpty()) {
            doc.paragraph("Planned runs without a finished record (failed, with the phase and error, or interrupted);"
                    + " their arms are marked incomplete and keep the runs that finished:");
            doc.bullets(folder.missing().stream().map(MissingRun::describe).toList());
        }
        if (!folder.leftOut().isEmpty()) {
            doc.paragraph("Files left out, missing or unreadable; the report is built from the rest:");
            doc.bullets(folder.leftOut());
        }
        doc.heading(2, "Fairness check");
        doc.paragraph("Resolved configs of the arms compared with the baseline's; flagged (bold) is every difference"
                + " other than the factor under study (the pre-trained encoders, and the grid's pooling and missing-modality"
                + " axes).");
        List<String> fairness = ConfigCheck.fairness(arms);
        doc.bullets(fairness);
        if (fairness.stream().noneMatch(l -> l.startsWith("**"))) {
            doc.paragraph("No confound found: the arms differ only in the factor under study.");
        }
        for (DatasetAnalysis a : analyses) {
            dataset(doc, a);
        }
        doc.heading(2, "Findings");
        analyses.forEach(a -> doc.bullets(Findings.of(a, correction)));
        doc.heading(2, "Recommendations");
        doc.paragraph("Chosen by the rules in the README (section *The research report*): quality recommends an arm over the"
                + " baseline only when it is significantly better; time and cost take the smallest aggregate.");
        for (DatasetAnalysis a : analyses) {
            doc.table(List.of("condition (" + a.dataset() + ")", "best method", "why"), Findings.recommendations(a));
        }
        doc.heading(2, "Method");
        doc.bullets(List.of(
                "Runs sharing seeds are paired: paired t-test and Wilcoxon signed-rank (exact up to 30 non-zero"
                        + " differences, zero differences dropped); otherwise Welch's t-test and Mann-Whitney U (exact"
                        + " for ≤ 8 runs per arm without ties, else the normal approximation). The t-test's p is"
                        + " adjusted and marked; the rank test is shown beside it. Rank statistics are Commons Math's:"
                        + " the larger rank sum W and the larger U (SciPy reports the smaller).",
                "Effect sizes: Cohen's d over the pooled s, Hedges' g = d · (1 − 3/(4(n₁+n₂) − 9)), Cliff's δ."
                        + " The interval of the mean difference is a seeded " + BootstrapInterval.METHOD + " ("
                        + BootstrapInterval.RESAMPLES + " resamples; paired runs resample per-seed differences).",
                "Time to target is read on the validation curve. With N ≥ " + TimeToTarget.DROP_FROM + " runs the"
                        + " fastest and slowest are dropped and the rest averaged (MLPerf); a run that never reached"
                        + " the target is the slowest, and more than one such run (any, below 5 runs) means \""
                        + TimeToTarget.NOT_CONVERGED + "\". CV = s / mean of the averaged runs.",
                "Break-even: the smallest number k of downstream trainings with P / k + T_pre < T_base, P the mean"
                        + " pre-training seconds and T the seconds to target per training; ∞ when the pre-trained"
                        + " route never reaches the target or is not faster.",
                "Efficiency (the study's §7.3.4): test headline / training seconds × 1000; \"with pre-training\""
                        + " divides by pre-training + training seconds instead.",
                "Stability: the standard deviation of the validation headline over each run's last "
                        + Analysis.STABILITY_EPOCHS + " epochs (mean over runs), and that of the test headline across seeds."));
        return doc;
    }

    private static void dataset(Document doc, DatasetAnalysis a) {
        doc.heading(2, "Data set " + a.dataset());
        doc.paragraph("Headline metric: " + a.headline() + " on " + a.fullSubset() + " (the convergence target's, ≥ "
                + a.target() + "). Baseline: " + a.baseline().arm().label() + ".");
        for (String subset : a.subsets()) {
            doc.heading(3, "Test scores at the best epoch — subset " + subset);
            List<String> header = new ArrayList<>(List.of("arm", "n"));
            a.metrics().forEach(header::add);
            header.addAll(List.of("train (s)", "total (s)"));
            List<String[]> rows = new ArrayList<>();
            for (ArmStats s : a.arms()) {
                List<String> row = new ArrayList<>(List.of(s.arm().label(), s.arm().n() == 0 ? "0, incomplete"
                        : s.arm().nLabel().substring(4)));
                for (String metric : a.metrics()) {
                    String key = DatasetAnalysis.key(metric, subset);
                    Summary q = s.quality().get(key);
                    row.add(q == null ? "—" : meanCi(q, false) + Marks.of(a.comparison(s.arm(), key)));
                }
                row.add(s.train() == null ? "—" : meanCi(s.train(), true));
                row.add(s.total() == null ? "—" : meanCi(s.total(), true) + Marks.of(a.comparison(s.arm(), Analysis.TOTAL_SECONDS)));
                rows.add(row.toArray(String[]::new));
            }
            doc.table(header, rows);
        }
        significance(doc, a);
        convergence(doc, a);
        cost(doc, a);
        doc.heading(3, "Charts");
        for (ResearchCharts.Named chart : ResearchCharts.of(a)) {
            doc.chart(new Document.Chart(chart.file(), chart.caption(), SvgCharts.render(chart.file(), chart.chart())));
        }
    }

    private static void significance(Document doc, DatasetAnalysis a) {
        doc.heading(3, "Significance against " + a.baseline().arm().label());
        List<String[]> rows = new ArrayList<>();
        for (Comparison c : a.comparisons()) {
            rows.add(new String[]{c.arm().label(), c.quantity(), c.tests().paired() ? "paired" : "unpaired",
                    test(c.tests().t()), test(c.tests().rank()), c.tested() ? Findings.p(c.pAdjusted()) + Marks.of(c)
                    : TestResult.TOO_SMALL, difference(c), effect(c.effects().cohensD()) + " / " + effect(c.effects().hedgesG())
                    + " / " + effect(c.effects().cliffsDelta())});
        }
        if (rows.isEmpty()) {
            doc.paragraph("Only one arm: nothing to compare.");
            return;
        }
        doc.table(List.of("arm", "quantity", "design", "t-test: t, p", "rank test: statistic, p", "p_adj",
                "mean difference [95 % CI]", "d / g / δ"), rows);
    }

    private static void convergence(Document doc, DatasetAnalysis a) {
        doc.heading(3, "Convergence and stability");
        List<String[]> rows = new ArrayList<>();
        for (ArmStats s : a.arms()) {
            if (s.arm().n() == 0) {
                continue;
            }
            rows.add(new String[]{s.arm().label(), s.epochsToTarget().reached() + " / " + s.epochsToTarget().runs(),
                    aggregate(s.epochsToTarget(), "%.1f") + Marks.of(a.comparison(s.arm(), Analysis.EPOCHS_TO_TARGET)),
                    aggregate(s.secondsToTarget(), "%.1f") + Marks.of(a.comparison(s.arm(), Analysis.SECONDS_TO_TARGET)),
                    meanCi(s.epochOne(), false) + Marks.of(a.comparison(s.arm(), "epoch-1 validation " + a.headlineKey())),
                    Formats.metric(s.lastEpochsSpread()), Formats.metric(s.acrossSeedSpread())});
        }
        doc.table(List.of("arm", "reached", "epochs to target (MLPerf, CV)", "seconds to target (MLPerf, CV)",
                "epoch-1 validation " + a.headlineKey(), "validation s, last " + Analysis.STABILITY_EPOCHS + " epochs",
                "test s across seeds"), rows);
    }

    private static void cost(Document doc, DatasetAnalysis a) {
        doc.heading(3, "Cost");
        List<String[]> rows = new ArrayList<>();
        for (ArmStats s : a.arms()) {
            if (s.arm().n() == 0) {
                continue;
            }
            StringBuilder pretrain = new StringBuilder();
            for (Map.Entry<String, Summary> e : s.pretrain().entrySet()) {
                pretrain.append(pretrain.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                        .append(meanCi(e.getValue(), true));
            }
            Summary head = s.quality().get(a.headlineKey());
            rows.add(new String[]{s.arm().label(), pretrain.length() == 0 ? "—" : pretrain.toString(), meanCi(s.train(), true),
                    meanCi(s.test(), true), meanCi(s.total(), true),
                    head == null ? "—" : Formats.significant(s.efficiency(head)),
                    head == null ? "—" : Formats.significant(s.efficiencyWithPretraining(head)),
                    s.breakEven() == null ? "—" : s.breakEven().label()});
        }
        doc.table(List.of("arm", "pre-training per encoder (s)", "training (s)", "test (s)", "total (s)",
                "efficiency (" + a.headline() + " / train s × 1000)", "with pre-training", "break-even (trainings)"), rows);
    }

    private static String meanCi(Summary s, boolean seconds) {
        String mean = seconds ? Formats.seconds(s.mean()) : Formats.metric(s.mean());
        if (Double.isNaN(s.ciHalfWidth())) {
            return mean;
        }
        return mean + " ± " + (seconds ? Formats.seconds(s.ciHalfWidth()) : Formats.metric(s.ciHalfWidth()));
    }

    private static String aggregate(TimeToTarget t, String format) {
        if (!t.converged()) {
            return TimeToTarget.NOT_CONVERGED;
        }
        String cv = Double.isNaN(t.cv()) ? "" : ", CV " + String.format(Locale.ROOT, "%.2f", t.cv());
        return String.format(Locale.ROOT, format, t.mean()) + cv;
    }

    private static String test(TestResult t) {
        if (!t.tested()) {
            return t.test() + ": " + TestResult.TOO_SMALL;
        }
        String statistic = Double.isInfinite(t.statistic()) ? (t.statistic() > 0 ? "∞" : "−∞")
                : String.format(Locale.ROOT, "%.3g", t.statistic());
        return t.test() + " " + statistic + ", p " + Findings.pEquals(t.p());
    }

    private static String difference(Comparison c) {
        double d = c.variant().mean() - c.base().mean();
        String ci = Double.isNaN(c.interval().lower()) ? "" : " [" + Formats.significant(c.interval().lower()) + ", "
                + Formats.significant(c.interval().upper()) + "]";
        return String.format(Locale.ROOT, "%+.4g", d) + ci;
    }

    private static String effect(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%+.2f", v);
    }
}
