package io.latefusion.report.compare;

import static io.latefusion.report.compare.JmhJson.INFERENCE;
import static io.latefusion.report.compare.JmhJson.REFERENCE;
import static io.latefusion.report.compare.JmhJson.TRAIN_EPOCH;
import static io.latefusion.report.compare.JmhJson.TRAIN_STEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionGateTest {

    private static final GateOptions TEN_PERCENT = new GateOptions(0.10, Normalisation.NONE);
    private static final GateOptions NORMALISED = new GateOptions(0.10, Normalisation.REFERENCE);

    @TempDir
    Path dir;

    @Test
    void thirtyPercentLessThroughputWithTightIntervalsIsARegression() {
        Comparison step = only(compare(
                JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s"),
                JmhJson.results().add(TRAIN_STEP, "thrpt", 70, 1, "ops/s")));

        assertThat(step.change()).isCloseTo(-0.30, within(1e-12));
        assertThat(step.confidenceKnown()).isTrue();
        assertThat(step.verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void aFileComparedWithItselfIsAllWithinNoise() {
        Path file = realisticRun().write(dir.resolve("jmh.json"));

        GateReport report = new RegressionGate(TEN_PERCENT).compare(ResultFile.read(file), ResultFile.read(file));

        assertThat(report.comparisons()).hasSize(4)
                .allSatisfy(c -> {
                    assertThat(c.change()).isZero();
                    assertThat(c.verdict()).isEqualTo(Verdict.WITHIN_NOISE);
                });
        assertThat(report.hasRegression()).isFalse();
        assertThat(report.unmatched()).isZero();
    }

    @Test
    void thirtyPercentMoreThroughputIsAnImprovement() {
        Comparison step = only(compare(
                JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s"),
                JmhJson.results().add(TRAIN_STEP, "thrpt", 130, 1, "ops/s")));

        assertThat(step.change()).isCloseTo(0.30, within(1e-12));
        assertThat(step.verdict()).isEqualTo(Verdict.IMPROVEMENT);
    }

    @Test
    void aChangeBeyondToleranceWithOverlappingIntervalsIsWithinNoise() {
        // [90, 110] and [75, 95] overlap: the 15 % drop may be noise
        Comparison step = only(compare(
                JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 10, "ops/s"),
                JmhJson.results().add(TRAIN_STEP, "thrpt", 85, 10, "ops/s")));

        assertThat(step.change()).isCloseTo(-0.15, within(1e-12));
        assertThat(step.verdict()).isEqualTo(Verdict.WITHIN_NOISE);
    }

    @Test
    void aChangeWithinToleranceIsWithinNoiseEvenWithDisjointIntervals() {
        Comparison step = only(compare(
                JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 0.1, "ops/s"),
                JmhJson.results().add(TRAIN_STEP, "thrpt", 95, 0.1, "ops/s")));

        assertThat(step.verdict()).isEqualTo(Verdict.WITHIN_NOISE);
    }

    @Test
    void timeGoingUpIsARegressionAndThroughputGoingUpIsNot() {
        GateReport report = compare(
                JmhJson.results()
                        .add(INFERENCE, "avgt", 10, 0.1, "ms/op")
                        .add(INFERENCE, "sample", 10, 0.1, "ms/op")
                        .add(INFERENCE, "thrpt", 10, 0.1, "ops/ms"),
                JmhJson.results()
                        .add(INFERENCE, "avgt", 13, 0.1, "ms/op")
                        .add(INFERENCE, "sample", 7, 0.1, "ms/op")
                        .add(INFERENCE, "thrpt", 13, 0.1, "ops/ms"));

        assertThat(report.comparisons()).extracting(Comparison::verdict)
                .containsExactly(Verdict.REGRESSION, Verdict.IMPROVEMENT, Verdict.IMPROVEMENT);
    }

    @Test
    void withoutConfidenceIntervalsTheToleranceAloneJudges() {
        GateReport report = compare(
                JmhJson.results()
                        .add(TRAIN_EPOCH, "ss", 40, Double.NaN, "s/op", "pretrain=none")
                        .add(TRAIN_EPOCH, "ss", 40, Double.NaN, "s/op", "pretrain=all"),
                JmhJson.results()
                        .add(TRAIN_EPOCH, "ss", 52, Double.NaN, "s/op", "pretrain=none")
                        .add(TRAIN_EPOCH, "ss", 42, 0.5, "s/op", "pretrain=all"));

        assertThat(report.comparisons()).allSatisfy(c -> assertThat(c.confidenceKnown()).isFalse());
        assertThat(report.comparisons()).extracting(Comparison::verdict)
                .containsExactly(Verdict.REGRESSION, Verdict.WITHIN_NOISE);
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
                        .add(INFERENCE, "sample", 3, 0.05, "ms/op", "batch=1", "pretrain=none")
                        .add(INFERENCE, "sample", 30, 0.5, "ms/op", "batch=64", "pretrain=none"),
                JmhJson.results()
                        // param order in the file does not matter
                        .add(INFERENCE, "sample", 30, 0.5, "ms/op", "pretrain=none", "batch=64")
                        .add(INFERENCE, "sample", 4.5, 0.05, "ms/op", "pretrain=none", "batch=1")
                        .add(INFERENCE, "sample", 3, 0.05, "ms/op", "pretrain=all", "batch=1"));

        assertThat(report.comparisons()).extracting(c -> c.baseline().paramsText(), Comparison::verdict)
                .containsExactly(
                        tuple("batch=1,pretrain=none", Verdict.REGRESSION),
                        tuple("batch=64,pretrain=none", Verdict.WITHIN_NOISE));
        assertThat(report.onlyInCandidate()).extracting(JmhResult::paramsText).containsExactly("batch=1,pretrain=all");
    }

    @Test
    void aReportWrapperComparesWithAPlainJmhFile() {
        GateReport report = new RegressionGate(TEN_PERCENT).compare(
                ResultFile.read(realisticRun().writeReport(dir.resolve("report.json"))),
                ResultFile.read(realisticRun().write(dir.resolve("jmh.json"))));

        assertThat(report.comparisons()).hasSize(4);
        assertThat(report.count(Verdict.WITHIN_NOISE)).isEqualTo(4);
    }

    @Test
    void normalisingByTheReferenceCancelsAUniformlySlowerMachine() {
        JmhJson fast = realisticRun();
        JmhJson slow = JmhJson.results() // every benchmark takes twice as long: throughputs halve, times double
                .add(REFERENCE, "thrpt", 26.25, 0.375, "ops/s")
                .add(TRAIN_STEP, "thrpt", 50, 0.5, "ops/s", "pretrain=none")
                .add(TRAIN_EPOCH, "ss", 84, Double.NaN, "s/op", "pretrain=none")
                .add(INFERENCE, "sample", 6.4, 0.2, "ms/op", "batch=64", "pretrain=none");

        GateReport raw = compare(fast, slow);
        GateReport normalised = compare(fast, slow, NORMALISED);

        assertThat(raw.count(Verdict.REGRESSION)).isEqualTo(4);
        assertThat(normalised.comparisons()).hasSize(3) // the reference is the yardstick, not a result
                .allSatisfy(c -> {
                    assertThat(c.change()).isCloseTo(0, within(1e-12));
                    assertThat(c.verdict()).isEqualTo(Verdict.WITHIN_NOISE);
                });
        Comparison step = normalised.comparisons().get(0);
        assertThat(step.baseline().score()).isCloseTo(100 / 52.5, within(1e-12));
        assertThat(step.baseline().ciLow()).isCloseTo(99 / 52.5, within(1e-12));
        assertThat(step.baseline().unit()).isEqualTo("ops/s/ref");
        Comparison epoch = normalised.comparisons().get(1); // a time against a throughput reference: multiplied
        assertThat(epoch.baseline().score()).isCloseTo(42 * 52.5, within(1e-9));
        assertThat(epoch.baseline().unit()).isEqualTo("s/op*ref");
    }

    @Test
    void normalisingStillCatchesARealRegression() {
        JmhJson slowAndWorse = JmhJson.results()
                .add(REFERENCE, "thrpt", 26.25, 0.375, "ops/s")
                .add(TRAIN_STEP, "thrpt", 35, 0.5, "ops/s", "pretrain=none");

        Comparison step = only(compare(realisticRun(), slowAndWorse, NORMALISED));

        assertThat(step.change()).isCloseTo(-0.30, within(1e-12));
        assertThat(step.verdict()).isEqualTo(Verdict.REGRESSION);
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

        assertThatThrownBy(() -> new RegressionGate(TEN_PERCENT).compare(ResultFile.read(base), ResultFile.read(cand)))
                .isInstanceOf(CompareException.class)
                .hasMessage("nothing in common between " + base + " and " + cand
                        + ": no benchmark has the same name, params and mode in both");
    }

    @Test
    void aMatchedPairInDifferentUnitsIsUnusable() {
        Path base = JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s").write(dir.resolve("base.json"));
        Path cand = JmhJson.results().add(TRAIN_STEP, "thrpt", 0.1, 0.001, "ops/ms").write(dir.resolve("cand.json"));

        assertThatThrownBy(() -> new RegressionGate(TEN_PERCENT).compare(ResultFile.read(base), ResultFile.read(cand)))
                .isInstanceOf(CompareException.class)
                .hasMessageContaining("unit ops/s in " + base + " but ops/ms in " + cand);
    }

    @Test
    void toleranceMustBeAboveZeroAndBelowTen() {
        for (double bad : new double[] {0, -0.1, 10, Double.NaN}) {
            assertThatThrownBy(() -> new GateOptions(bad, Normalisation.NONE))
                    .isInstanceOf(CompareException.class)
                    .hasMessageStartingWith("Invalid tolerance: " + bad);
        }
        assertThat(new GateOptions(9.99, Normalisation.NONE).tolerance()).isEqualTo(9.99);
    }

    /** A run on the faster machine: the reference, a training step, an epoch (2 samples) and inference latency. */
    static JmhJson realisticRun() {
        return JmhJson.results()
                .add(REFERENCE, "thrpt", 52.5, 0.75, "ops/s")
                .add(TRAIN_STEP, "thrpt", 100, 1, "ops/s", "pretrain=none")
                .add(TRAIN_EPOCH, "ss", 42, Double.NaN, "s/op", "pretrain=none")
                .add(INFERENCE, "sample", 3.2, 0.1, "ms/op", "batch=64", "pretrain=none");
    }

    private GateReport compare(JmhJson baseline, JmhJson candidate) {
        return compare(baseline, candidate, TEN_PERCENT);
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
