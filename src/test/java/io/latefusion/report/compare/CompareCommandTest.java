package io.latefusion.report.compare;

import static io.latefusion.report.compare.JmhJson.REFERENCE;
import static io.latefusion.report.compare.JmhJson.TRAIN_EPOCH;
import static io.latefusion.report.compare.JmhJson.TRAIN_STEP;
import static io.latefusion.report.compare.JmhJson.normal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.cli.CliRun;
import io.latefusion.experiment.Mappers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The gate as CI runs it, through {@code Main.execute}: {@code compare BASELINE CANDIDATE [options]} and its exit code. */
class CompareCommandTest {

    private static final Map<String, String> MACHINE = Map.of("cpu", "Xeon 8375C", "cpus", "2", "torch_threads", "2",
            "MALLOC_ARENA_MAX", "unset", "git_commit", "aaa111");

    @TempDir
    Path dir;

    private Path step(String name, long seed, double mean, int forks, int perFork) {
        return JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(seed, forks, perFork, mean, mean * 0.02),
                "pretrain=none").write(dir.resolve(name));
    }

    @Test
    void aTwentyPercentDropFailsTheGateWithExitOne() {
        Path base = step("base.json", 1, 100, 2, 5);
        Path cand = step("cand.json", 2, 80, 2, 5);

        CliRun run = CliRun.of("compare", base.toString(), cand.toString(), "--resamples", "2000");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.stdout()).startsWith("threshold 5 %, 99 % bca bootstrap interval (2000 resamples, seed 1)")
                .contains("10/10", "2/2", "regression")
                .endsWith("1 regression, 0 improvements, 0 within noise, 0 undecidable, 0 unmatched\n");
    }

    @Test
    void aTwoPercentChangePassesAndAnImprovementPasses() {
        Path base = step("base.json", 1, 100, 2, 5);

        assertThat(CliRun.of("compare", base.toString(), step("same.json", 2, 98, 2, 5).toString()).code()).isZero();
        CliRun better = CliRun.of("compare", base.toString(), step("better.json", 3, 125, 2, 5).toString());
        assertThat(better.code()).isZero();
        assertThat(better.stdout()).contains("improvement").contains("1 improvement,");
    }

    @Test
    void theThresholdOptionDecidesWhatCounts() {
        Path base = step("base.json", 1, 100, 2, 5);
        Path cand = step("cand.json", 2, 80, 2, 5);

        CliRun run = CliRun.of("compare", base.toString(), cand.toString(), "--threshold", "0.35", "--method", "percentile");

        assertThat(run.code()).isZero();
        assertThat(run.stdout()).startsWith("threshold 35 %, 99 % percentile bootstrap interval").contains("within noise");
    }

    @Test
    void tooFewSamplesOnASideExitsThreeAndSaysSoInTheRow() {
        Path base = step("base.json", 1, 100, 2, 5);
        Path cand = step("cand.json", 2, 100, 1, 3);

        CliRun run = CliRun.of("compare", base.toString(), cand.toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.stdout()).contains("too few samples: 3 < 5 in the candidate").contains("1 undecidable");
        assertThat(CliRun.of("compare", base.toString(), cand.toString(), "--min-samples", "3").code()).isZero();
    }

    @Test
    void normalisingByTheReferencePassesASlowerMachineAndNeedsTheReference() {
        Path fast = JmhJson.results()
                .addSamples(REFERENCE, "thrpt", "ops/s", normal(1, 2, 5, 50, 0.5))
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(2, 2, 5, 100, 1)).write(dir.resolve("fast.json"));
        Path slow = JmhJson.results()
                .addSamples(REFERENCE, "thrpt", "ops/s", normal(3, 2, 5, 25, 0.25))
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(4, 2, 5, 50, 0.5)).write(dir.resolve("slow.json"));
        Path noReference = step("no-reference.json", 5, 50, 2, 5);

        assertThat(CliRun.of("compare", fast.toString(), slow.toString()).code()).isEqualTo(1);
        CliRun normalised = CliRun.of("compare", fast.toString(), slow.toString(), "--normalise", "reference");
        assertThat(normalised.code()).isZero();
        assertThat(normalised.stdout()).contains("each side divided by its own file's reference benchmark");
        CliRun.of("compare", fast.toString(), noReference.toString(), "--normalise", "reference")
                .assertBadInput(noReference + ": no reference benchmark");
    }

    @Test
    void unusableInputExitsTwoWithOneLineNamingTheFile() {
        Path good = JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s").write(dir.resolve("good.json"));
        Path other = JmhJson.results().add(TRAIN_EPOCH, "ss", 42, 1, "s/op").write(dir.resolve("other.json"));
        Path corrupt = JmhJson.writeText(dir.resolve("corrupt.json"), "[{\"benchmark\": \"x\",");
        Path foreign = JmhJson.writeText(dir.resolve("foreign.json"), "{\"a\":1}");
        Path empty = JmhJson.writeText(dir.resolve("empty.json"), "[]");
        Path missing = dir.resolve("missing.json");

        for (Path[] pair : new Path[][] {{good, corrupt}, {foreign, good}, {good, empty}, {missing, good}, {good, other}}) {
            CliRun run = CliRun.of("compare", pair[0].toString(), pair[1].toString());
            Path bad = pair[0] == good ? pair[1] : pair[0];
            run.assertBadInput(bad.toString());
            assertThat(run.stdout()).isEmpty();
        }
    }

    @Test
    void badOptionValuesAreRefusedNamingTheValueAndWhatWasExpected() {
        String file = step("jmh.json", 1, 100, 2, 5).toString();

        CliRun.of("compare", file, file, "--level", "1.5").assertBadInput("--level 1.5", "above 0 and below 1");
        CliRun.of("compare", file, file, "--threshold", "0").assertBadInput("--threshold 0.0", "a fraction above 0");
        CliRun.of("compare", file, file, "--threshold", "-0.1").assertBadInput("--threshold -0.1");
        CliRun.of("compare", file, file, "--resamples", "10").assertBadInput("--resamples 10", "at least 100");
        CliRun.of("compare", file, file, "--min-samples", "1").assertBadInput("--min-samples 1", "at least 2");
        CliRun.of("compare", file).assertBadInput("BASELINE and CANDIDATE, got 1 file(s)");
        CliRun.of("compare", file, file, file).assertBadInput("use --calibrate");
        CliRun.of("compare", "--calibrate", file).assertBadInput("two or more repeated runs of one commit, got 1");
        CliRun.of("compare", "--calibrate", file, file, "--junit", dir.resolve("x.xml").toString())
                .assertBadInput("--junit", "not with --calibrate");
        // picocli's own conversion errors: exit 2, naming the value
        CliRun unknownMethod = CliRun.of("compare", file, file, "--method", "jackknife");
        assertThat(unknownMethod.code()).isEqualTo(2);
        assertThat(unknownMethod.stderr()).contains("jackknife");
        CliRun notANumber = CliRun.of("compare", file, file, "--threshold", "five");
        assertThat(notANumber.code()).isEqualTo(2);
        assertThat(notANumber.stderr()).contains("'five'");
    }

    @Test
    void theHelpListsEveryExitCode() {
        CliRun help = CliRun.of("compare", "--help");

        assertThat(help.code()).isZero();
        assertThat(help.stdout()).contains("Exit codes:", "0   no regression", "1   at least one regression",
                "2   unusable input", "3   undecidable");
    }

    @Test
    void differingEnvironmentsAreWarnedAboutOneLinePerKeyIgnoringTheCommit() {
        Provenance baseRun = new Provenance("run-1", "2026-12-01T10:00:00Z", "aaa111", MACHINE);
        Map<String, String> other = new java.util.LinkedHashMap<>(MACHINE);
        other.put("cpu", "EPYC 7R13");
        other.put("MALLOC_ARENA_MAX", "2");
        other.put("git_commit", "bbb222");
        Provenance candRun = new Provenance("run-2", "2026-12-02T10:00:00Z", "bbb222", other);
        Path base = JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(1, 2, 5, 100, 1))
                .provenance(baseRun).write(dir.resolve("base.json"));
        Path cand = JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(2, 2, 5, 100, 1))
                .provenance(candRun).write(dir.resolve("cand.json"));
        Path sameMachine = JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(3, 2, 5, 100, 1))
                .provenance(new Provenance("run-3", "2026-12-03T10:00:00Z", "ccc333", Map.of("cpu", "Xeon 8375C",
                        "cpus", "2", "torch_threads", "2", "MALLOC_ARENA_MAX", "unset", "git_commit", "ccc333")))
                .write(dir.resolve("same.json"));
        Path unknown = JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(4, 2, 5, 100, 1))
                .write(dir.resolve("unknown.json"));

        CliRun differs = CliRun.of("compare", base.toString(), cand.toString(), "--markdown", dir.resolve("pr.md").toString());
        assertThat(differs.code()).isZero();
        assertThat(differs.stderr().lines()).containsExactlyInAnyOrder(
                "WARNING: environment differs in cpu: baseline Xeon 8375C, candidate EPYC 7R13",
                "WARNING: environment differs in MALLOC_ARENA_MAX: baseline unset, candidate 2");
        assertThat(CliRun.of("compare", base.toString(), sameMachine.toString()).stderr()).isEmpty();
        CliRun noRecord = CliRun.of("compare", base.toString(), unknown.toString());
        assertThat(noRecord.stderr().lines()).singleElement().asString()
                .startsWith("WARNING: environment unknown for " + unknown);
        assertThat(read(dir.resolve("pr.md"))).contains("### Environment warnings",
                "- **WARNING:** environment differs in cpu: baseline Xeon 8375C, candidate EPYC 7R13");
    }

    @Test
    void theMarkdownSummaryHoldsTheVerdictTheTableAndTheSettings() {
        Path base = step("base.json", 1, 100, 2, 5);
        Path cand = step("cand.json", 2, 80, 2, 5);
        Path md = dir.resolve("out/summary.md");

        assertThat(CliRun.of("compare", base.toString(), cand.toString(), "--markdown", md.toString()).code()).isEqualTo(1);

        String text = read(md);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("**Benchmark gate: regression** (1 regression,"
                + " 0 improvements, 0 within noise, 0 undecidable, 0 unmatched)");
        assertThat(text).contains("| benchmark | params | mode | samples | forks | ratio | interval | verdict |",
                "| TrainingBenchmarks.trainStep | pretrain=none | thrpt | 10/10 | 2/2 | 0.",
                "Settings: threshold 5 %, 99 % bca bootstrap interval (10000 resamples, seed 1)",
                "Baseline `" + base + "`, candidate `" + cand + "`");
    }

    @Test
    void theJunitXmlParsesWithAFailurePerRegressionAndSkippedForTooFewSamples() throws Exception {
        Path base = JmhJson.results()
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(1, 2, 5, 100, 1), "pretrain=none")
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(2, 2, 5, 100, 1), "pretrain=all")
                .addSamples(TRAIN_EPOCH, "ss", "s/op", new double[][] {{40, 41}}, "pretrain=none")
                .write(dir.resolve("base.json"));
        Path cand = JmhJson.results()
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(3, 2, 5, 70, 1), "pretrain=none")
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(4, 2, 5, 100, 1), "pretrain=all")
                .addSamples(TRAIN_EPOCH, "ss", "s/op", new double[][] {{40, 41}}, "pretrain=none")
                .write(dir.resolve("cand.json"));
        Path xml = dir.resolve("gate.xml");

        assertThat(CliRun.of("compare", base.toString(), cand.toString(), "--junit", xml.toString()).code()).isEqualTo(1);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        Element regressed = (Element) cases.item(0);
        assertThat(regressed.getAttribute("classname")).isEqualTo("io.latefusion.bench.TrainingBenchmarks");
        assertThat(regressed.getAttribute("name")).isEqualTo("trainStep[pretrain=none] (thrpt)");
        assertThat(((Element) regressed.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .startsWith("ratio 0.").endsWith(": regression");
        assertThat(((Element) cases.item(1)).getElementsByTagName("failure").getLength()).isZero();
        assertThat(((Element) cases.item(1)).getElementsByTagName("skipped").getLength()).isZero();
        assertThat(((Element) ((Element) cases.item(2)).getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("too few samples: 2 < 5 in the baseline");
    }

    @Test
    void theGithubBenchmarkFilesHoldTheCandidatesValuesSplitByDirection() throws Exception {
        double[][] candSteps = normal(3, 2, 5, 100, 1);
        Path base = JmhJson.results()
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(1, 2, 5, 100, 1), "pretrain=none")
                .addSamples(TRAIN_EPOCH, "avgt", "s/op", normal(2, 2, 5, 40, 0.4), "pretrain=none")
                .write(dir.resolve("base.json"));
        Path cand = JmhJson.results()
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", candSteps, "pretrain=none")
                .addSamples(TRAIN_EPOCH, "avgt", "s/op", normal(4, 2, 5, 41, 0.4), "pretrain=none")
                .write(dir.resolve("cand.json"));
        Path out = dir.resolve("gh");
        Path onlyThroughput = dir.resolve("gh-thrpt");

        assertThat(CliRun.of("compare", base.toString(), cand.toString(), "--github-benchmark", out.toString()).code())
                .isZero();

        JsonNode bigger = Mappers.json().readTree(out.resolve("bigger-is-better.json").toFile());
        JsonNode smaller = Mappers.json().readTree(out.resolve("smaller-is-better.json").toFile());
        assertThat(bigger.isArray()).isTrue();
        assertThat(bigger).hasSize(1);
        JsonNode step = bigger.get(0);
        assertThat(step.get("name").asText()).isEqualTo("TrainingBenchmarks.trainStep [pretrain=none] (thrpt)");
        assertThat(step.get("unit").asText()).isEqualTo("ops/s");
        double candMean = java.util.Arrays.stream(candSteps).flatMapToDouble(java.util.Arrays::stream).average().orElseThrow();
        assertThat(step.get("value").asDouble()).isCloseTo(candMean, within(1e-9));
        assertThat(step.get("range").asText()).startsWith("± ");
        assertThat(step.get("extra").asText()).contains("10 samples in 2 forks", "within noise");
        assertThat(smaller).hasSize(1);
        assertThat(smaller.get(0).get("unit").asText()).isEqualTo("s/op");
        assertThat(smaller.get(0).get("value").asDouble()).isCloseTo(41, within(0.5));

        Path thrptOnly = JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", candSteps, "pretrain=none")
                .write(dir.resolve("thrpt.json"));
        CliRun.of("compare", thrptOnly.toString(), thrptOnly.toString(), "--github-benchmark", onlyThroughput.toString());
        assertThat(onlyThroughput.resolve("bigger-is-better.json")).exists();
        assertThat(onlyThroughput.resolve("smaller-is-better.json")).doesNotExist();
    }

    @Test
    void anOutputThatCannotBeWrittenExitsTwoNamingThePath() {
        Path base = JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", normal(1, 2, 5, 100, 1))
                .provenance(new Provenance("run-1", "2026-12-01T10:00:00Z", "aaa111", MACHINE)).write(dir.resolve("base.json"));
        Path target = base.resolve("gate.xml"); // under a file: not a directory

        CliRun.of("compare", base.toString(), base.toString(), "--junit", target.toString())
                .assertBadInput("cannot write " + target, "Not a directory");
    }

    @Test
    void calibrationOverRepeatedRunsPrintsTheFalseAlarmRate() {
        Path a = step("a.json", 1, 100, 2, 5);
        Path b = step("b.json", 2, 100, 2, 5);
        Path c = step("c.json", 3, 80, 2, 5);

        CliRun run = CliRun.of("compare", "--calibrate", a.toString(), b.toString(), c.toString(), "--resamples", "2000");

        assertThat(run.code()).isZero();
        assertThat(run.stdout()).startsWith("A/A calibration: 3 runs, 6 ordered pairs; threshold 5 %")
                .endsWith("false alarms 2/6 (33.3%) at threshold 5 % level 0.99; 95 % interval [4.3%, 77.7%]\n");
    }

    @Test
    void theHistoryPrintsEachBenchmarksChangePoints() throws Exception {
        Path history = Files.createDirectories(dir.resolve("history"));
        for (int i = 0; i < 10; i++) {
            double m = i < 5 ? 100 : 85; // the runs' means: 100 five times, then 85
            double[][] samples = {{m - 1, m, m + 1, m, m}, {m - 0.5, m, m + 0.5, m + i * 0.01, m - i * 0.01}};
            String started = Instant.parse("2026-12-01T10:00:00Z").plus(Duration.ofDays(i)).toString();
            JmhJson.results().addSamples(TRAIN_STEP, "thrpt", "ops/s", samples)
                    .provenance(new Provenance("run-" + i, started, "c" + i, MACHINE))
                    .write(history.resolve("r" + (9 - i) + ".json")); // names in reverse: the recorded time orders
        }

        CliRun run = CliRun.of("compare", "--history", history.toString());

        assertThat(run.code()).isZero();
        assertThat(run.stdout()).contains(TRAIN_STEP + " (thrpt): 10 results",
                "  change point at result 6 of 10: r4.json (commit c5, 2026-12-06T10:00:00Z): mean 100 → 85 ops/s"
                        + " (-15.0%), p = 0.0");
        assertThat(run.stdout().lines().filter(l -> l.contains("change point"))).hasSize(1);
        CliRun.of("compare", "--history", dir.resolve("nothing-here").toString()).assertBadInput("not a directory");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
