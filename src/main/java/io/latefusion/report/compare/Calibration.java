package io.latefusion.report.compare;

import io.latefusion.stats.ClopperPearson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An A/A calibration of the gate: repeated runs of one commit judged pairwise (every ordered pair,
 * each run once as baseline and once as candidate) with the gate's own settings. Every regression
 * or improvement found is a false alarm, so the share of regressions estimates how often the gate
 * would fail a pull request that changed nothing, with a 95 % Clopper–Pearson interval.
 *
 * @param options the gate's settings
 * @param runs    how many runs were compared
 * @param rows    one tally per benchmark, in the order they were first judged
 * @param overall the tally over every benchmark
 */
public record Calibration(GateOptions options, int runs, List<Tally> rows, Tally overall) {

    /** The level of the false-alarm rate's interval. */
    static final double RATE_LEVEL = 0.95;

    /**
     * The verdicts on one benchmark (or all) over the pairs.
     *
     * @param label        the benchmark, params and mode, or {@code all}
     * @param comparisons  decided comparisons (undecidable ones not counted)
     * @param regressions  false regressions
     * @param improvements false improvements
     * @param undecidable  comparisons with too few samples
     */
    public record Tally(String label, int comparisons, int regressions, int improvements, int undecidable) {

        /** The false-alarm rate, regressions / comparisons; NaN without a decided comparison. */
        public double rate() {
            return comparisons == 0 ? Double.NaN : (double) regressions / comparisons;
        }

        /** The 95 % Clopper–Pearson interval of the rate; null without a decided comparison. */
        public ClopperPearson rateInterval() {
            return comparisons == 0 ? null : ClopperPearson.of(regressions, comparisons, RATE_LEVEL);
        }

        private Tally plus(Comparison c) {
            return new Tally(label, comparisons + (c.verdict() == Verdict.UNDECIDABLE ? 0 : 1),
                    regressions + (c.verdict() == Verdict.REGRESSION ? 1 : 0),
                    improvements + (c.verdict() == Verdict.IMPROVEMENT ? 1 : 0),
                    undecidable + (c.verdict() == Verdict.UNDECIDABLE ? 1 : 0));
        }

        private Tally plus(Tally other) {
            return new Tally(label, comparisons + other.comparisons, regressions + other.regressions,
                    improvements + other.improvements, undecidable + other.undecidable);
        }
    }

    public Calibration {
        rows = List.copyOf(rows);
    }

    /** Judges every ordered pair (i, j), i ≠ j, of {@code runs} with {@code gate}. */
    public static Calibration run(List<ResultFile> runs, RegressionGate gate) {
        if (runs.size() < 2) {
            throw new CompareException("--calibrate needs two or more repeated runs of one commit, got " + runs.size());
        }
        Map<JmhResult.Key, Tally> tallies = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            for (int j = 0; j < runs.size(); j++) {
                if (i != j) {
                    for (Comparison c : gate.compare(runs.get(i), runs.get(j)).comparisons()) {
                        tallies.computeIfAbsent(c.baseline().key(), k -> new Tally(c.baseline().label(), 0, 0, 0, 0));
                        tallies.computeIfPresent(c.baseline().key(), (k, t) -> t.plus(c));
                    }
                }
            }
        }
        Tally overall = tallies.values().stream().reduce(new Tally("all", 0, 0, 0, 0), Tally::plus);
        return new Calibration(gate.options(), runs.size(), new ArrayList<>(tallies.values()), overall);
    }

    /** The tallies as a fixed-width table, then the overall rate in one line. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("A/A calibration: ").append(runs).append(" runs, ").append(runs * (runs - 1))
                .append(" ordered pairs; ").append(options.describe()).append('\n');
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"benchmark", "comparisons", "false regressions", "false improvements", "undecidable",
            "false-alarm rate", "95 % interval"});
        rows.forEach(t -> table.add(cells(t)));
        table.add(cells(overall));
        out.append(CompareTable.table(table, new boolean[] {false, true, true, true, true, true, false}));
        ClopperPearson interval = overall.rateInterval();
        out.append('\n').append(String.format(Locale.ROOT,
                "false alarms %d/%d (%s) at threshold %s %% level %s; 95 %% interval %s%n",
                overall.regressions(), overall.comparisons(), percent(overall.rate()),
                GateFormat.number(options.threshold() * 100), GateFormat.number(options.level()),
                interval == null ? "-" : range(interval)));
        return out.toString();
    }

    private static String[] cells(Tally t) {
        ClopperPearson interval = t.rateInterval();
        return new String[] {t.label(), String.valueOf(t.comparisons()), String.valueOf(t.regressions()),
            String.valueOf(t.improvements()), String.valueOf(t.undecidable()), percent(t.rate()),
            interval == null ? "-" : range(interval)};
    }

    private static String range(ClopperPearson interval) {
        return "[" + percent(interval.low()) + ", " + percent(interval.high()) + "]";
    }

    private static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
