package io.latefusion.report.research;

import io.latefusion.experiment.VariantResult;
import io.latefusion.metrics.TaskMetrics;
import io.latefusion.stats.BootstrapInterval;
import io.latefusion.stats.BreakEven;
import io.latefusion.stats.Correction;
import io.latefusion.stats.EffectSizes;
import io.latefusion.stats.SignificanceTests;
import io.latefusion.stats.Stability;
import io.latefusion.stats.Summary;
import io.latefusion.stats.TimeToTarget;
import io.latefusion.train.EpochRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Runs the statistics over the arms, per data set: each arm's summaries, and each arm against its
 * data set's baseline (the first arm with runs) on every task metric × subset in the records
 * ({@link TaskMetrics#isTaskMetric}: per-label scores are left out, and a metric that equals an
 * earlier one in every run — micro-F1 and accuracy of a single-label task — is counted once), epochs and
 * seconds to the target (when every run of both reached it), the epoch-1 headline and the total
 * cost; then adjusts the t-tests' p-values over the whole family of the report.
 */
final class Analysis {

    /** The last epochs over which a run's validation spread is measured. */
    static final int STABILITY_EPOCHS = 3;
    static final String EPOCHS_TO_TARGET = "epochs to target";
    static final String SECONDS_TO_TARGET = "seconds to target";
    static final String TOTAL_SECONDS = "total seconds";

    private Analysis() {
    }

    static List<DatasetAnalysis> of(List<Arm> arms, Correction correction) {
        Map<String, List<Arm>> byDataset = new LinkedHashMap<>();
        arms.stream().filter(a -> a.n() > 0).forEach(a -> byDataset.computeIfAbsent(a.dataset(), d -> new ArrayList<>()).add(a));
        List<Arm> empty = arms.stream().filter(a -> a.n() == 0).toList();
        List<DatasetAnalysis> out = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, List<Arm>> e : byDataset.entrySet()) {
            List<Arm> dataset = new ArrayList<>(e.getValue());
            if (first) {
                dataset.addAll(empty);
                first = false;
            }
            out.add(dataset(e.getKey(), dataset));
        }
        return adjust(out, correction);
    }

    private static DatasetAnalysis dataset(String name, List<Arm> arms) {
        VariantResult reference = arms.get(0).runs().get(0).result();
        String headline = reference.convergence().metric();
        String full = reference.convergence().subset();
        Set<String> subsets = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        arms.stream().flatMap(a -> a.runs().stream()).forEach(r -> r.result().testBest().subsets().forEach((s, m) -> {
            subsets.add(s);
            m.keySet().stream().filter(TaskMetrics::isTaskMetric).forEach(metrics::add);
        }));
        metrics.removeIf(metric -> duplicatesAnother(arms, subsets, metrics, metric));
        Arm baseline = arms.get(0);
        List<ArmStats> stats = new ArrayList<>();
        for (Arm arm : arms) {
            stats.add(armStats(arm, subsets, metrics, headline, full, stats.isEmpty() ? null : stats.get(0)));
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (Arm arm : arms.subList(1, arms.size())) {
            if (arm.n() == 0) {
                continue;
            }
            for (String subset : subsets) {
                for (String metric : metrics) {
                    compare(comparisons, baseline, arm, DatasetAnalysis.key(metric, subset),
                            TaskMetrics.higherIsBetter(metric), r -> quality(r.result(), subset, metric));
                }
            }
            compare(comparisons, baseline, arm, "epoch-1 validation " + DatasetAnalysis.key(headline, full),
                    TaskMetrics.higherIsBetter(headline), r -> epochOne(r.result(), full, headline));
            if (allReached(baseline) && allReached(arm)) {
                compare(comparisons, baseline, arm, EPOCHS_TO_TARGET, false,
                        r -> r.result().convergence().validationEpoch());
                compare(comparisons, baseline, arm, SECONDS_TO_TARGET, false,
                        r -> r.result().convergence().validationSeconds());
            }
            compare(comparisons, baseline, arm, TOTAL_SECONDS, false, r -> r.result().cost().total());
        }
        return new DatasetAnalysis(name, headline, full, reference.convergence().target(), List.copyOf(subsets),
                List.copyOf(metrics), stats, comparisons);
    }

    private static ArmStats armStats(Arm arm, Set<String> subsets, Set<String> metrics, String headline, String full,
                                     ArmStats baseline) {
        if (arm.n() == 0) {
            return new ArmStats(arm, Map.of(), null, null, null, Double.NaN, Double.NaN, Map.of(), null, null, null,
                    null, null);
        }
        Map<String, Summary> quality = new LinkedHashMap<>();
        for (String subset : subsets) {
            for (String metric : metrics) {
                double[] values = values(arm, r -> quality(r.result(), subset, metric));
                if (values.length > 0) {
                    quality.put(DatasetAnalysis.key(metric, subset), Summary.of(values));
                }
            }
        }
        TimeToTarget epochs = TimeToTarget.of(arm.runs().stream().map(r -> r.result().convergence().validationEpoch())
                .toList());
        TimeToTarget seconds = TimeToTarget.of(arm.runs().stream()
                .map(r -> r.result().convergence().validationSeconds()).toList());
        double within = arm.runs().stream().mapToDouble(r -> Stability.lastEpochs(r.epochs().stream()
                .mapToDouble(e -> validation(e, full, headline)).filter(v -> !Double.isNaN(v)).toArray(),
                STABILITY_EPOCHS)).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
        Summary head = quality.get(DatasetAnalysis.key(headline, full));
        Map<String, Summary> pretrain = new LinkedHashMap<>();
        arm.runs().get(0).result().cost().pretrain().keySet().stream().sorted().forEach(m ->
                pretrain.put(m, Summary.of(values(arm, r -> r.result().cost().pretrain().getOrDefault(m, 0.0)))));
        Summary pretrainTotal = Summary.of(values(arm, r -> r.result().cost().pretrainTotal()));
        BreakEven breakEven = null;
        if (baseline != null && pretrainTotal.mean() > 0) {
            breakEven = BreakEven.of(pretrainTotal.mean(), baseline.secondsToTarget().mean(), seconds.mean());
        }
        return new ArmStats(arm, quality, epochs, seconds, Summary.of(values(arm, r -> epochOne(r.result(), full, headline))),
                within, head == null ? Double.NaN : head.sd(), pretrain, pretrainTotal,
                Summary.of(values(arm, r -> r.result().cost().train())), Summary.of(values(arm, r -> r.result().cost().test())),
                Summary.of(values(arm, r -> r.result().cost().total())), breakEven);
    }

    private static void compare(List<Comparison> out, Arm baseline, Arm arm, String quantity, boolean higherIsBetter,
                                ToDoubleFunction<RunRecord> value) {
        double[] base = values(baseline, value);
        double[] variant = values(arm, value);
        if (base.length == 0 || variant.length == 0) {
            return;
        }
        boolean paired = baseline.seeds().equals(arm.seeds()) && base.length == variant.length;
        long seed = Objects.hash(arm.label(), quantity);
        out.add(new Comparison(arm, baseline, quantity, higherIsBetter, Summary.of(base), Summary.of(variant),
                SignificanceTests.compare(base, variant, paired), EffectSizes.of(base, variant),
                BootstrapInterval.meanDifference(base, variant, paired, seed), Double.NaN));
    }

    private static List<DatasetAnalysis> adjust(List<DatasetAnalysis> analyses, Correction correction) {
        List<Comparison> family = analyses.stream().flatMap(a -> a.comparisons().stream()).toList();
        double[] p = family.stream().mapToDouble(c -> c.tests().t().tested() ? c.tests().t().p() : Double.NaN).toArray();
        double[] adjusted = correction.adjust(p);
        Map<Comparison, Double> byComparison = new java.util.IdentityHashMap<>();
        for (int i = 0; i < family.size(); i++) {
            byComparison.put(family.get(i), adjusted[i]);
        }
        return analyses.stream().map(a -> new DatasetAnalysis(a.dataset(), a.headline(), a.fullSubset(), a.target(),
                a.subsets(), a.metrics(), a.arms(), a.comparisons().stream()
                .map(c -> c.withAdjusted(byComparison.get(c))).toList())).toList();
    }

    /**
     * Whether {@code metric} equals an earlier metric of the list in every run and subset (micro-F1
     * is accuracy for a single-label task): such a twin would only enlarge the family of tests.
     */
    private static boolean duplicatesAnother(List<Arm> arms, Set<String> subsets, Set<String> metrics, String metric) {
        for (String earlier : metrics) {
            if (earlier.equals(metric)) {
                return false;
            }
            boolean same = arms.stream().flatMap(a -> a.runs().stream()).allMatch(r -> subsets.stream().allMatch(
                    subset -> Double.compare(quality(r.result(), subset, earlier), quality(r.result(), subset, metric)) == 0));
            if (same) {
                return true;
            }
        }
        return false;
    }

    private static boolean allReached(Arm arm) {
        return arm.runs().stream().allMatch(r -> r.result().convergence().validationEpoch() != null);
    }

    /** One value per run that has it (NaN values — a metric a run lacks — are left out). */
    private static double[] values(Arm arm, ToDoubleFunction<RunRecord> value) {
        return arm.runs().stream().mapToDouble(value).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static double quality(VariantResult r, String subset, String metric) {
        Map<String, Double> m = r.testBest().subsets().get(subset);
        return m == null || m.get(metric) == null ? Double.NaN : m.get(metric);
    }

    private static double epochOne(VariantResult r, String subset, String metric) {
        Map<String, Double> m = r.epochOne().subsets().get(subset);
        return m == null || m.get(metric) == null ? Double.NaN : m.get(metric);
    }

    static double validation(EpochRecord e, String subset, String metric) {
        Map<String, Double> m = e.validation().subsets().get(subset);
        return m == null || m.get(metric) == null ? Double.NaN : m.get(metric);
    }
}
