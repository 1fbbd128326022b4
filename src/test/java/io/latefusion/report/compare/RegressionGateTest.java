package io.latefusion.report.compare;

import static io.latefusion.report.compare.JmhJson.INFERENCE;
import static io.latefusion.report.compare.JmhJson.REFERENCE;
import static io.latefusion.report.compare.JmhJson.TRAIN_EPOCH;
import static io.latefusion.report.compare.JmhJson.TRAIN_STEP;
import static io.latefusion.report.compare.JmhJson.normal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.latefusion.stats.RatioBootstrap.Method;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionGateTest {

    /** The command's defaults but fewer resamples: threshold 5 %, 99 % BCa, at least 5 samples a side. */
    static final GateOptions DEFAULTS = options(0.05, Normalisation.NONE);
    private static final GateOptions NORMALISED = options(0.05, Normalisation.REFERENCE);

    @TempDir
    Path dir;

    static GateOptions options(double threshold, Normalisation normalisation) {
        return new GateOptions(threshold, 0.99, 2000, 1, Method.BCA, 5, normalisation);
    }

    @Test
    void aTwentyPercentDropInThroughputWithTenSamplesASideIsARegression() {
        Comparison step = only(compare(
                JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(1, 2, 5, 100, 2)),
                JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(2, 2, 5, 80, 2))));

        assertThat(step.baseline().sampleCount()).isEqualTo(10);
        assertThat(step.baseline().forkCount()).isEqualTo(2);
        assertThat(step.ratio()).isCloseTo(0.8, within(0.02))
                .isEqualTo(step.candidate().mean() / step.baseline().mean());
        assertThat(step.interval().low()).isLessThan(step.ratio());
        assertThat(step.interval().high()).isGreaterThan(step.ratio()).isLessThan(0.95);
        assertThat(step.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(step.verdictText()).isEqualTo("regression");
    }

    @Test
    void aTwoPercentChangeAtAFivePercentThresholdIsWithinNoiseEvenWhenMeasuredPrecisely() {
        Comparison step = only(compare(
                JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(1, 2, 5, 100, 0.2)),
                JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(2, 2, 5, 98, 0.2))));

        assertThat(step.interval().high()).isLessThan(1); // a real 2 % drop, but below the threshold
        assertThat(step.verdict()).isEqualTo(Verdict.WITHIN_NOISE);
    }

    @Test
    void aLargeDropInsideLargeNoiseIsWithinNoise() {
        // fork means that differ by ±20 %: the 10 % drop is not resolved
        double[][] base = {{120, 121, 119, 120, 120}, {80, 81, 79, 80, 80}};
        double[][] cand = {{108, 109, 107, 108, 108}, {72, 73, 71, 72, 72}};
        Comparison step = only(compare(JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", base),
                JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", cand)));

        assertThat(step.ratio()).isCloseTo(0.9, within(1e-9));
        assertThat(step.interval().high()).isGreaterThan(0.95);
        assertThat(step.verdict()).isEqualTo(Verdict.WITHIN_NOISE);
    }

    @Test
    void aTwentyFivePercentGainInThroughputIsAnImprovement() {
        Comparison step = only(compare(
                JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(1, 2, 5, 100, 2)),
                JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(2, 2, 5, 125, 2))));

        assertThat(step.interval().low()).isGreaterThan(1.05);
        assertThat(step.verdict()).isEqualTo(Verdict.IMPROVEMENT);
    }

    @Test
    void timeGoingUpIsARegressionAndThroughputGoingUpIsNot() {
        double[][][][] fast = histograms(7, 2, 5, 10);
        double[][][][] slower = histograms(8, 2, 5, 7);
        GateReport report = compare(
                JmhJson.results()
                        .addSamples(INFERENCE, "avgt", "ms/op", normal(1, 2, 5, 10, 0.1))
                        .addHistogram(INFERENCE, "ms/op", fast)
                        .addSamples(INFERENCE, "thrpt", "ops/ms", normal(2, 2, 5, 10, 0.1)),
                JmhJson.results()
                        .addSamples(INFERENCE, "avgt", "ms/op", normal(3, 2, 5, 13, 0.1))
                        .addHistogram(INFERENCE, "ms/op", slower)
                        .addSamples(INFERENCE, "thrpt", "ops/ms", normal(4, 2, 5, 13, 0.1)));

        assertThat(report.comparisons()).extracting(c -> c.baseline().mode().shortLabel(), Comparison::verdict)
                .containsExactly(tuple("avgt", Verdict.REGRESSION), tuple("sample", Verdict.IMPROVEMENT),
                        tuple("thrpt", Verdict.IMPROVEMENT));
        Comparison sample = report.comparisons().get(1);
        assertThat(sample.baseline().sampleCount()).isEqualTo(10); // one sample per iteration, not per value
        assertThat(sample.ratio()).isCloseTo(0.7, within(0.01));
    }

    @Test
    void tooFewSamplesOnASideIsUndecidableAndNamesTheCount() {
        GateReport report = compare(
                JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(1, 2, 5, 100, 2)),
                JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", new double[][] {{50, 51, 49}}));

        Comparison step = only(report);
        assertThat(step.verdict()).isEqualTo(Verdict.UNDECIDABLE);
        assertThat(step.interval()).isNull();
        assertThat(step.ratio()).isCloseTo(0.5, within(0.02));
        assertThat(step.verdictText()).isEqualTo("too few samples: 3 < 5 in the candidate");
        assertThat(report.hasUndecidable()).isTrue();
        assertThat(report.hasRegression()).isFalse();
    }

    @Test
    void aFileComparedWithItselfIsAllWithinNoiseAtARatioOfOne() {
        Path file = realisticRun().write(dir.resolve("jmh.json"));

        GateReport report = new RegressionGate(DEFAULTS).compare(ResultFile.read(file), ResultFile.read(file));

        assertThat(report.comparisons()).hasSize(4)
                .allSatisfy(c -> {
                    assertThat(c.ratio()).isCloseTo(1, within(1e-12));
                    assertThat(c.verdict()).isEqualTo(Verdict.WITHIN_NOISE);
                });
        assertThat(report.hasRegression()).isFalse();
        assertThat(report.unmatched()).isZero();
    }

    @Test
    void theSameFilesAndSeedGiveTheSameIntervalAndAnotherSeedAnother() {
        JmhJson base = JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(1, 2, 5, 100, 2));
        JmhJson cand = JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(2, 2, 5, 97, 2));

        Comparison once = only(compare(base, cand));
        Comparison again = only(compare(base, cand));
        Comparison otherSeed = only(compare(base, cand, new GateOptions(0.05, 0.99, 2000, 2, Method.BCA, 5,
                Normalisation.NONE)));

        assertThat(again.interval()).isEqualTo(once.interval());
        assertThat(otherSeed.interval().low()).isNotEqualTo(once.interval().low());
    }

    @Test
    void benchmarksInOnlyOneFileAreListedAndDoNotFailTheGate() {
        GateReport report = compare(
                JmhJson.results()
                        .add(TRAIN_STEP, "thrpt", 100, 1, "ops/s")
                        .add(TRAIN_EPOCH, "ss", 40, Double.NaN, "s/op"),
                JmhJson.results()
                        .add(INFERENCE, "sample", 3, 0.1, "ms/op")
                        .add(TRAIN_STEP, "thrpt", 101, 1, "ops/s"));

        assertThat(report.comparisons()).extracting(c -> c.baseline().benchmark()).containsExactly(TRAIN_STEP);
        assertThat(report.onlyInBaseline()).extracting(JmhResult::benchmark).containsExactly(TRAIN_EPOCH);
        assertThat(report.onlyInCandidate()).extracting(JmhResult::benchmark).containsExactly(INFERENCE);
        assertThat(report.unmatched()).isEqualTo(2);
        assertThat(report.hasRegression()).isFalse();
    }

    @Test
    void paramsTellOtherwiseEqualBenchmarksApart() {
        GateReport report = compare(
                JmhJson.results()
                        .add(INFERENCE, "avgt", 3, 0.05, "ms/op", "batch=1", "pretrain=none")
                        .add(INFERENCE, "avgt", 30, 0.5, "ms/op", "batch=64", "pretrain=none"),
                JmhJson.results()
                        // param order in the file does not matter
                        .add(INFERENCE, "avgt", 30, 0.5, "ms/op", "pretrain=none", "batch=64")
                        .add(INFERENCE, "avgt", 4.5, 0.05, "ms/op", "pretrain=none", "batch=1")
                        .add(INFERENCE, "avgt", 3, 0.05, "ms/op", "pretrain=all", "batch=1"));

        assertThat(report.comparisons()).extracting(c -> c.baseline().paramsText(), Comparison::verdict)
                .containsExactly(
                        tuple("batch=1,pretrain=none", Verdict.REGRESSION),
                        tuple("batch=64,pretrain=none", Verdict.WITHIN_NOISE));
        assertThat(report.onlyInCandidate()).extracting(JmhResult::paramsText).containsExactly("batch=1,pretrain=all");
    }

    @Test
    void aReportWrapperComparesWithAPlainJmhFile() {
        GateReport report = new RegressionGate(DEFAULTS).compare(
                ResultFile.read(realisticRun().writeReport(dir.resolve("report.json"))),
                ResultFile.read(realisticRun().write(dir.resolve("jmh.json"))));

        assertThat(report.comparisons()).hasSize(4);
        assertThat(report.count(Verdict.WITHIN_NOISE)).isEqualTo(4);
    }

    @Test
    void normalisingTakesTheRatioOfRatiosAndCancelsAUniformlySlowerMachine() {
        // every benchmark takes twice as long on the slow machine: throughputs halve, times double
        JmhJson fast = JmhJson.results()
                .addSamples(REFERENCE, "thrpt", "ops/s", normal(1, 2, 5, 50, 0.5))
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(2, 2, 5, 100, 1), "pretrain=none")
                .addSamples(INFERENCE, "avgt", "ms/op", normal(3, 2, 5, 3.2, 0.03), "batch=64");
        JmhJson slow = JmhJson.results()
                .addSamples(REFERENCE, "thrpt", "ops/s", normal(4, 2, 5, 25, 0.25))
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(5, 2, 5, 50, 0.5), "pretrain=none")
                .addSamples(INFERENCE, "avgt", "ms/op", normal(6, 2, 5, 6.4, 0.06), "batch=64");

        GateReport raw = compare(fast, slow);
        GateReport normalised = compare(fast, slow, NORMALISED);

        assertThat(raw.count(Verdict.REGRESSION)).isEqualTo(3);
        assertThat(normalised.comparisons()).hasSize(2) // the reference is the yardstick, not a result
                .allSatisfy(c -> {
                    assertThat(c.ratio()).isCloseTo(1, within(0.03));
                    assertThat(c.verdict()).isEqualTo(Verdict.WITHIN_NOISE);
                });
        Comparison step = normalised.comparisons().get(0);
        JmhResult fastRef = ResultFile.read(fast.write(dir.resolve("f.json"))).results().get(0);
        JmhResult slowRef = ResultFile.read(slow.write(dir.resolve("s.json"))).results().get(0);
        assertThat(step.ratio()).isCloseTo(step.candidate().mean() / slowRef.mean()
                / (step.baseline().mean() / fastRef.mean()), within(1e-12));
        Comparison latency = normalised.comparisons().get(1); // a time against a throughput reference: multiplied
        assertThat(latency.ratio()).isCloseTo(latency.candidate().mean() * slowRef.mean()
                / (latency.baseline().mean() * fastRef.mean()), within(1e-12));
    }

    @Test
    void normalisingStillCatchesARealRegression() {
        JmhJson fast = JmhJson.results()
                .addSamples(REFERENCE, "thrpt", "ops/s", normal(1, 2, 5, 50, 0.5))
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(2, 2, 5, 100, 1), "pretrain=none");
        JmhJson slowAndWorse = JmhJson.results()
                .addSamples(REFERENCE, "thrpt", "ops/s", normal(4, 2, 5, 25, 0.25))
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(5, 2, 5, 35, 0.35), "pretrain=none");

        Comparison step = only(compare(fast, slowAndWorse, NORMALISED));

        assertThat(step.ratio()).isCloseTo(0.7, within(0.02));
        assertThat(step.verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void aReferenceWithTooFewSamplesMakesTheNormalisedRatioUndecidable() {
        JmhJson base = JmhJson.results()
                .addSamples(REFERENCE, "thrpt", "ops/s", new double[][] {{50, 51}})
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(2, 2, 5, 100, 1));
        JmhJson cand = JmhJson.results()
                .addSamples(REFERENCE, "thrpt", "ops/s", normal(4, 2, 5, 50, 0.5))
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(5, 2, 5, 100, 1));

        assertThat(only(compare(base, cand, NORMALISED)).verdictText())
                .isEqualTo("too few samples: 2 < 5 in the baseline's reference");
    }

    @Test
    void normalisingWithoutAReferenceIsUnusable() {
        Path base = realisticRun().write(dir.resolve("base.json"));
        Path cand = JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s", "pretrain=none").write(dir.resolve("cand.json"));

        assertThatThrownBy(() -> new RegressionGate(NORMALISED).compare(ResultFile.read(base), ResultFile.read(cand)))
                .isInstanceOf(CompareException.class)
                .hasMessageStartingWith(cand + ": no reference benchmark");
    }

    @Test
    void referencesInDifferentUnitsAreUnusable() {
        Path base = realisticRun().write(dir.resolve("base.json"));
        Path cand = JmhJson.results()
                .add(REFERENCE, "thrpt", 0.0525, 0.001, "ops/ms")
                .add(TRAIN_STEP, "thrpt", 100, 1, "ops/s", "pretrain=none")
                .write(dir.resolve("cand.json"));

        assertThatThrownBy(() -> new RegressionGate(NORMALISED).compare(ResultFile.read(base), ResultFile.read(cand)))
                .isInstanceOf(CompareException.class)
                .hasMessageContaining("reference benchmarks differ (thrpt ops/s vs thrpt ops/ms)");
    }

    @Test
    void nothingInCommonIsUnusable() {
        Path base = JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s").write(dir.resolve("base.json"));
        Path cand = JmhJson.results().add(TRAIN_STEP, "avgt", 0.01, 0.0001, "s/op").write(dir.resolve("cand.json"));

        assertThatThrownBy(() -> new RegressionGate(DEFAULTS).compare(ResultFile.read(base), ResultFile.read(cand)))
                .isInstanceOf(CompareException.class)
                .hasMessage("nothing in common between " + base + " and " + cand
                        + ": no benchmark has the same name, params and mode in both");
    }

    @Test
    void aMatchedPairInDifferentUnitsIsUnusable() {
        Path base = JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s").write(dir.resolve("base.json"));
        Path cand = JmhJson.results().add(TRAIN_STEP, "thrpt", 0.1, 0.001, "ops/ms").write(dir.resolve("cand.json"));

        assertThatThrownBy(() -> new RegressionGate(DEFAULTS).compare(ResultFile.read(base), ResultFile.read(cand)))
                .isInstanceOf(CompareException.class)
                .hasMessageContaining("unit ops/s in " + base + " but ops/ms in " + cand);
    }

    @Test
    void optionsOutOfRangeAreRefusedNamingTheOptionAndTheValue() {
        for (double bad : new double[] {0, -0.1, 1, Double.NaN}) {
            assertThatThrownBy(() -> options(bad, Normalisation.NONE))
                    .isInstanceOf(CompareException.class)
                    .hasMessageStartingWith("Invalid --threshold " + bad + ": expected a fraction above 0 and below 1");
        }
        assertThatThrownBy(() -> new GateOptions(0.05, 1.5, 2000, 1, Method.BCA, 5, Normalisation.NONE))
                .hasMessageStartingWith("Invalid --level 1.5: expected a confidence level above 0 and below 1");
        assertThatThrownBy(() -> new GateOptions(0.05, 0.99, 99, 1, Method.BCA, 5, Normalisation.NONE))
                .hasMessageStartingWith("Invalid --resamples 99: expected at least 100");
        assertThatThrownBy(() -> new GateOptions(0.05, 0.99, 2000, 1, Method.BCA, 1, Normalisation.NONE))
                .hasMessageStartingWith("Invalid --min-samples 1: expected at least 2");
        assertThat(options(0.999, Normalisation.NONE).threshold()).isEqualTo(0.999);
    }

    /** A run on the faster machine: the reference, a training step, an epoch and inference latency, 5 samples each. */
    static JmhJson realisticRun() {
        return JmhJson.results()
                .add(REFERENCE, "thrpt", 52.5, 0.75, "ops/s")
                .add(TRAIN_STEP, "thrpt", 100, 1, "ops/s", "pretrain=none")
                .add(TRAIN_EPOCH, "ss", 42, 2, "s/op", "pretrain=none")
                .add(INFERENCE, "avgt", 3.2, 0.1, "ms/op", "batch=64", "pretrain=none");
    }

    /**
     * Latency histograms: per fork, per iteration, three values around {@code mean} (±10 %) with
     * counts 10, 30, 10, the iteration's level jittered by a seeded 1 %.
     */
    static double[][][][] histograms(long seed, int forks, int iterations, double mean) {
        double[][] levels = normal(seed, forks, iterations, mean, mean * 0.01);
        return Arrays.stream(levels).map(fork -> Arrays.stream(fork)
                .mapToObj(level -> new double[][] {{level * 0.9, 10}, {level, 30}, {level * 1.1, 10}})
                .toArray(double[][][]::new)).toArray(double[][][][]::new);
    }

    private GateReport compare(JmhJson baseline, JmhJson candidate) {
        return compare(baseline, candidate, DEFAULTS);
    }

    private GateReport compare(JmhJson baseline, JmhJson candidate, GateOptions options) {
        return new RegressionGate(options).compare(
                ResultFile.read(baseline.write(dir.resolve("baseline.json"))),
                ResultFile.read(candidate.write(dir.resolve("candidate.json"))));
    }

    private static Comparison only(GateReport report) {
        assertThat(report.comparisons()).hasSize(1);
        return report.comparisons().get(0);
    }
}
