package io.latefusion.report.research;

import io.latefusion.report.Formats;
import io.latefusion.stats.Correction;
import io.latefusion.stats.Summary;
import io.latefusion.stats.TimeToTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The plain-language findings and the recommendation table, generated from the numbers and
 * claiming only what the statistics support: a difference is called better or worse only when its
 * family-adjusted p is below 0.05; otherwise the text says the runs cannot tell the arms apart.
 * Convergence counts (how many runs reached the target) are stated as counts, not as tests.
 */
final class Findings {

    private Findings() {
    }

    static List<String> of(DatasetAnalysis a, Correction correction) {
        List<String> out = new ArrayList<>();
        ArmStats base = a.baseline();
        for (Comparison c : a.comparisons()) {
            if (c.significant()) {
                out.add("**" + c.arm().label() + "** " + (c.better() ? "is better" : "is worse") + " than "
                        + base.arm().label() + " on " + describe(c.quantity()) + ": " + value(c.variant(), c.quantity())
                        + " vs " + value(c.base(), c.quantity()) + " (p_adj " + pEquals(c.pAdjusted()) + ", "
                        + c.tests().t().test() + ", n = " + c.variant().n() + ", Cliff's δ = "
                        + String.format(Locale.ROOT, "%+.2f", c.effects().cliffsDelta()) + ").");
            }
        }
        long tested = a.comparisons().stream().filter(Comparison::tested).count();
        long significant = a.comparisons().stream().filter(Comparison::significant).count();
        if (tested == 0) {
            out.add("No difference can be called significant: every arm has fewer than 2 runs (n too small). Repeat"
                    + " with `--seeds 5`.");
        } else {
            out.add(significant + " of " + tested + " comparisons against " + base.arm().label() + " are significant after "
                    + correction.title() + " correction (p_adj < 0.05); the others cannot be told apart with these runs.");
        }
        for (ArmStats s : a.arms()) {
            if (s.arm().n() == 0) {
                out.add("**" + s.arm().label() + "** has no finished run: it is incomplete and not compared.");
                continue;
            }
            TimeToTarget e = s.epochsToTarget();
            out.add("**" + s.arm().label() + "** reached the target (validation " + a.headlineKey() + " ≥ " + a.target()
                    + ") in " + e.reached() + " of " + e.runs() + " runs"
                    + (e.converged() ? ", " + String.format(Locale.ROOT, "%.1f", e.mean()) + " epochs (MLPerf aggregate)"
                    : " — " + TimeToTarget.NOT_CONVERGED) + (s.arm().incomplete() ? "; the arm is incomplete ("
                    + s.arm().nLabel() + ")" : "") + ".");
            if (s.breakEven() != null) {
                Comparison faster = a.comparison(s.arm(), Analysis.SECONDS_TO_TARGET);
                String why = s.breakEven().count() != null && base.secondsToTarget().converged()
                        ? "each training reaches the target " + Formats.seconds(base.secondsToTarget().mean()
                        - s.secondsToTarget().mean()) + " s sooner on average" + (faster != null && faster.tested()
                        && !faster.significant() ? ", a difference that is not significant (p_adj = "
                        + p(faster.pAdjusted()) + "), so the count is an estimate" : "") : s.breakEven().why();
                out.add("One pre-training for **" + s.arm().label() + "** ("
                        + Formats.seconds(s.pretrainTotal().mean()) + " s) pays for itself after " + s.breakEven().label()
                        + " downstream training" + ("1".equals(s.breakEven().label()) ? "" : "s") + " (" + why + ").");
            }
        }
        return out;
    }

    /** Condition → best method → why, by the rules in the README. */
    static List<String[]> recommendations(DatasetAnalysis a) {
        List<String[]> rows = new ArrayList<>();
        List<ArmStats> arms = a.arms().stream().filter(s -> s.arm().n() > 0).toList();
        ArmStats base = a.baseline();
        String quality = a.headlineKey();
        rows.add(bestOn(a, arms, base, quality, "best test " + quality));
        for (String subset : a.subsets()) {
            if (!subset.equals(a.fullSubset()) && subset.length() == 1) {
                rows.add(bestOn(a, arms, base, a.headline() + " " + subset, "only modality " + subset + " present at test"));
            }
        }
        ArmStats fastest = arms.stream().filter(s -> s.secondsToTarget().converged())
                .min(Comparator.comparingDouble(s -> s.secondsToTarget().mean())).orElse(null);
        if (fastest == null) {
            rows.add(new String[]{"shortest time to target", "—", "no arm converged"});
        } else {
            Comparison c = a.comparison(fastest.arm(), Analysis.SECONDS_TO_TARGET);
            rows.add(new String[]{"shortest time to target", fastest.arm().label(), Formats.seconds(fastest
                    .secondsToTarget().mean()) + " s to target (MLPerf aggregate)" + (fastest == base ? " (the baseline)"
                    : support(c))});
        }
        ArmStats cheapest = arms.stream().min(Comparator.comparingDouble(s -> s.total().mean())).orElseThrow();
        rows.add(new String[]{"one training, smallest total cost", cheapest.arm().label(), Formats.seconds(cheapest
                .total().mean()) + " s pre-training + training" + (cheapest == base ? " (the baseline)"
                : support(a.comparison(cheapest.arm(), Analysis.TOTAL_SECONDS)))});
        ArmStats reuse = arms.stream().filter(s -> s.breakEven() != null && s.breakEven().count() != null)
                .min(Comparator.comparingLong(s -> s.breakEven().count())).orElse(null);
        rows.add(reuse == null ? new String[]{"encoders reused by many trainings", base.arm().label(),
                "no pre-trained arm ever pays back its pre-training (break-even ∞ or no pre-training)"}
                : new String[]{"encoders reused by many trainings", reuse.arm().label(), "pre-training pays back after "
                + reuse.breakEven().label() + " trainings"});
        return rows;
    }

    /** The arm with the best mean on {@code key}, recommended over the baseline only when significantly better. */
    private static String[] bestOn(DatasetAnalysis a, List<ArmStats> arms, ArmStats base, String key, String condition) {
        boolean higher = io.latefusion.metrics.TaskMetrics.higherIsBetter(key.substring(0, key.indexOf(' ')));
        ArmStats best = null;
        for (ArmStats s : arms) {
            Comparison c = a.comparison(s.arm(), key);
            if (s == base || (c != null && c.significant() && c.better())) {
                Summary q = s.quality().get(key);
                Summary b = best == null ? null : best.quality().get(key);
                if (q != null && (b == null || (higher ? q.mean() > b.mean() : q.mean() < b.mean()))) {
                    best = s;
                }
            }
        }
        if (best == null || best.quality().get(key) == null) {
            return new String[]{condition, "—", "no record of " + key};
        }
        if (best == base) {
            return new String[]{condition, base.arm().label(), "no arm is significantly better on " + key
                    + " (p_adj < 0.05); the baseline costs least to set up"};
        }
        Comparison c = a.comparison(best.arm(), key);
        return new String[]{condition, best.arm().label(), key + " " + Formats.metric(c.variant().mean()) + " vs "
                + Formats.metric(c.base().mean()) + support(c)};
    }

    private static String support(Comparison c) {
        if (c == null || !c.tested()) {
            return " (not tested)";
        }
        return c.significant() ? " (p_adj " + pEquals(c.pAdjusted()) + ")" : " (not significant against the baseline)";
    }

    private static String describe(String quantity) {
        return quantity.contains("seconds") || quantity.contains("epoch") ? quantity : "test " + quantity;
    }

    private static String value(Summary s, String quantity) {
        boolean time = quantity.contains("seconds") || quantity.contains("epochs");
        String mean = time ? String.format(Locale.ROOT, "%.1f", s.mean()) : Formats.metric(s.mean());
        String ci = Double.isNaN(s.ciHalfWidth()) ? "" : " ± " + (time ? String.format(Locale.ROOT, "%.1f",
                s.ciHalfWidth()) : Formats.metric(s.ciHalfWidth()));
        return mean + ci + (quantity.contains("epochs") ? " epochs" : quantity.contains("seconds") ? " s" : "");
    }

    /** "= 0.003" or "< 0.001". */
    static String pEquals(double p) {
        return p < 0.001 ? p(p) : "= " + p(p);
    }

    /** A p-value: three decimals, or "< 0.001". */
    static String p(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
