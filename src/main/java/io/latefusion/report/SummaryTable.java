package io.latefusion.report;

import static io.latefusion.report.MarkdownTable.row;

import io.latefusion.experiment.EncoderTraining;
import io.latefusion.experiment.ExperimentSummary;
import io.latefusion.experiment.MissingRate;
import io.latefusion.experiment.PretrainUse;
import io.latefusion.experiment.VariantResult;
import io.latefusion.metrics.TaskMetrics;
import io.latefusion.train.Convergence;
import io.latefusion.train.PhaseRecord;
import io.latefusion.train.RobustnessCurve;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The study's §7.1 comparison as a Markdown table, one column per variant: how each pre-trained
 * encoder trained and the training missing rates (configured / realised), epoch-1 validation scores,
 * epochs and seconds to the target (validation and training readings), the task's headline test
 * score ({@link TaskMetrics#headline}) per modality subset at the best and the last epoch, the
 * robustness to each modality going missing at test time (area under the score curve / relative to
 * the full-set score), and the time breakdown with pre-training counted.
 */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static String render(ExperimentSummary summary) {
        List<VariantResult> variants = summary.variants();
        VariantResult first = variants.get(0);
        String full = first.epochOne().subsets().keySet().iterator().next();
        Convergence target = first.convergence();
        String headline = TaskMetrics.headline(summary.task());
        List<String[]> rows = new ArrayList<>();
        rows.add(row("pooling (missing policy; absent modality as)", variants, v -> v.pooling().type() + " ("
                + v.pooling().missingPolicy() + "; " + v.missingRepresentation() + ")"));
        rows.add(row("pooling parameters / multiply-adds per sample", variants,
                v -> v.pooling().parameters() + " / " + v.pooling().flops()));
        for (String m : keys(variants, VariantResult::encoderTraining)) {
            rows.add(row(m + " encoder training", variants, v -> training(v.encoderTraining().get(m))));
        }
        for (String m : keys(variants, VariantResult::trainMissing)) {
            rows.add(row("training missing rate " + m + " (configured / realised)", variants, v -> {
                MissingRate rate = v.trainMissing().get(m);
                return rate == null ? "—" : Formats.metric(rate.configured()) + " / " + Formats.metric(rate.realised());
            }));
        }
        rows.add(row("epoch-1 validation " + headline + " (" + full + ")", variants,
                v -> Formats.metric(v.epochOne().metric(full, headline))));
        rows.add(row("epoch-1 validation loss", variants, v -> Formats.metric(v.epochOne().loss())));
        String goal = target.metric() + " ≥ " + target.target() + " on " + target.subset();
        rows.add(row("epochs to " + goal + " (validation)", variants,
                v -> Formats.epochOrNotReached(v.convergence().validationEpoch())));
        rows.add(row("epochs to " + goal + " (training curve)", variants,
                v -> Formats.epochOrNotReached(v.convergence().trainEpoch())));
        rows.add(row("seconds to " + goal + " (validation)", variants,
                v -> Formats.secondsOrNotReached(v.convergence().validationSeconds())));
        rows.add(row("best epoch / epochs run", variants, v -> v.bestEpoch() + " / " + v.epochsRun()));
        for (String subset : first.testBest().subsets().keySet()) {
            rows.add(row("test " + headline + " " + subset + " (best epoch)", variants,
                    v -> score(v.testBest(), subset, headline)));
        }
        for (String subset : first.testFinal().subsets().keySet()) {
            rows.add(row("test " + headline + " " + subset + " (last epoch)", variants,
                    v -> score(v.testFinal(), subset, headline)));
        }
        for (String m : keys(variants, VariantResult::robustness)) {
            rows.add(row("test robustness, " + m + " missing 0→1: " + headline + " area / relative", variants, v -> {
                RobustnessCurve curve = v.robustness().get(m);
                return curve == null ? "—" : Formats.metric(curve.area()) + " / " + Formats.metric(curve.relative());
            }));
        }
        for (String m : keys(variants, VariantResult::pretrainedEncoders)) {
            rows.add(row("pre-training " + m + " (s)", variants, v -> {
                PretrainUse use = v.pretrainedEncoders().get(m);
                return use == null ? "—" : Formats.seconds(use.seconds()) + (use.reused() ? " (reused)" : "");
            }));
        }
        rows.add(row("training incl. validation (s)", variants, v -> Formats.seconds(v.cost().train())));
        rows.add(row("test scoring (s)", variants, v -> Formats.seconds(v.cost().test())));
        rows.add(row("total = pre-training + training (s)", variants, v -> Formats.seconds(v.cost().total())));

        List<String> header = new ArrayList<>();
        header.add(summary.dataset() + " (seed " + summary.seed() + ")");
        variants.forEach(v -> header.add(v.variant()));
        return MarkdownTable.render(header, rows);
    }

    /** The keys of one map-valued column over all variants, in first-seen order. */
    private static Set<String> keys(List<VariantResult> variants, Function<VariantResult, Map<String, ?>> map) {
        Set<String> keys = new LinkedHashSet<>();
        variants.forEach(v -> keys.addAll(map.apply(v).keySet()));
        return keys;
    }

    private static String training(EncoderTraining training) {
        if (training == null) {
            return "—";
        }
        return training.frozen() ? "freeze" : "finetune × " + Formats.significant(training.lrMultiplier());
    }

    private static String score(PhaseRecord record, String subset, String metric) {
        return record.subsets().containsKey(subset) ? Formats.metric(record.metric(subset, metric)) : "—";
    }
}
