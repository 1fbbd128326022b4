package io.latefusion.report;

import io.latefusion.experiment.ExperimentSummary;
import io.latefusion.experiment.PretrainUse;
import io.latefusion.experiment.VariantResult;
import io.latefusion.train.Convergence;
import io.latefusion.train.PhaseRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The study's §7.1 comparison as a Markdown table, one column per variant: epoch-1 validation
 * scores, epochs and seconds to the target (validation and training readings), test accuracy per
 * modality subset at the best and the last epoch, and the time breakdown with pre-training counted.
 */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static String render(ExperimentSummary summary) {
        List<VariantResult> variants = summary.variants();
        VariantResult first = variants.get(0);
        String full = first.epochOne().subsets().keySet().iterator().next();
        Convergence target = first.convergence();
        List<String[]> rows = new ArrayList<>();
        rows.add(row("epoch-1 validation accuracy (" + full + ")", variants,
                v -> num(v.epochOne().metric(full, "accuracy"))));
        rows.add(row("epoch-1 validation loss", variants, v -> num(v.epochOne().loss())));
        String goal = target.metric() + " ≥ " + target.target() + " on " + target.subset();
        rows.add(row("epochs to " + goal + " (validation)", variants, v -> epochs(v.convergence().validationEpoch())));
        rows.add(row("epochs to " + goal + " (training curve)", variants, v -> epochs(v.convergence().trainEpoch())));
        rows.add(row("seconds to " + goal + " (validation)", variants, v -> seconds(v.convergence().validationSeconds())));
        rows.add(row("best epoch / epochs run", variants, v -> v.bestEpoch() + " / " + v.epochsRun()));
        for (String subset : first.testBest().subsets().keySet()) {
            rows.add(row("test accuracy " + subset + " (best epoch)", variants, v -> accuracy(v.testBest(), subset)));
        }
        for (String subset : first.testFinal().subsets().keySet()) {
            rows.add(row("test accuracy " + subset + " (last epoch)", variants, v -> accuracy(v.testFinal(), subset)));
        }
        Set<String> pretrained = new LinkedHashSet<>();
        variants.forEach(v -> pretrained.addAll(v.pretrainedEncoders().keySet()));
        for (String m : pretrained) {
            rows.add(row("pre-training " + m + " (s)", variants, v -> {
                PretrainUse use = v.pretrainedEncoders().get(m);
                return use == null ? "—" : num1(use.seconds()) + (use.reused() ? " (reused)" : "");
            }));
        }
        rows.add(row("training incl. validation (s)", variants, v -> num1(v.cost().train())));
        rows.add(row("test scoring (s)", variants, v -> num1(v.cost().test())));
        rows.add(row("total = pre-training + training (s)", variants, v -> num1(v.cost().total())));

        StringBuilder md = new StringBuilder();
        md.append("| ").append(summary.dataset()).append(" (seed ").append(summary.seed()).append(") |");
        variants.forEach(v -> md.append(' ').append(v.variant()).append(" |"));
        md.append("\n|---|");
        variants.forEach(v -> md.append("---:|"));
        md.append('\n');
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return md.toString();
    }

    private static String[] row(String label, List<VariantResult> variants, Function<VariantResult, String> cell) {
        String[] r = new String[variants.size() + 1];
        r[0] = label;
        for (int i = 0; i < variants.size(); i++) {
            r[i + 1] = cell.apply(variants.get(i));
        }
        return r;
    }

    private static String accuracy(PhaseRecord record, String subset) {
        return record.subsets().containsKey(subset) ? num(record.metric(subset, "accuracy")) : "—";
    }

    private static String epochs(Integer epoch) {
        return epoch == null ? "not reached" : String.valueOf(epoch);
    }

    private static String seconds(Double s) {
        return s == null ? "not reached" : num1(s);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String num1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
