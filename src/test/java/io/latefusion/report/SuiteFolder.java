package io.latefusion.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latefusion.experiment.AtomicFiles;
import io.latefusion.experiment.ConfigLoader;
import io.latefusion.experiment.Cost;
import io.latefusion.experiment.ExperimentSummary;
import io.latefusion.experiment.Mappers;
import io.latefusion.experiment.PretrainUse;
import io.latefusion.experiment.VariantResult;
import io.latefusion.train.Convergence;
import io.latefusion.train.PhaseRecord;
import io.latefusion.train.Timing;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-made suite run folder: run.json with three cells, JMH scores for the two quick cells
 * ({@code none}, {@code all}) and the reference, two HdrHistogram summaries, the quick cells' split sizes, and three quality runs
 * whose summaries are real records serialised; the two {@code all} cells share both encoder files.
 */
final class SuiteFolder {

    static final String NONE = "avmnist-none-concat-quick";
    static final String ALL = "avmnist-all-concat-quick";
    static final String ALL_FULL = "avmnist-all-concat-full";
    static final String AUDIO = "/cache/avmnist/audio-3f2a/encoder_audio_best.params";
    static final String IMAGE = "/cache/avmnist/image-9c1d/encoder_image_best.params";
    /** A stop reason with a comma and quotes, to exercise CSV quoting. */
    static final String ODD_REASON = "early stop: no \"better\" loss, 3 epochs";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SuiteFolder() {
    }

    /** Writes every part of the suite into {@code dir}. */
    static Path write(Path dir) throws Exception {
        writeRunJson(dir);
        AtomicFiles.writeJson(dir.resolve("jmh.json"), jmh());
        writeHistograms(dir);
        writeSplits(dir);
        writeQuality(dir);
        return dir;
    }

    static void writeRunJson(Path dir) {
        ObjectNode run = F.objectNode();
        run.put("run_id", "20250105-101500-suite-abc123");
        run.put("started", "2025-01-05T10:15:00Z");
        run.set("command", F.arrayNode().add("suite").add("--quick"));
        ObjectNode env = run.putObject("environment");
        env.put("java", "OpenJDK 64-Bit Server VM 17.0.12");
        env.put("os", "Linux amd64");
        env.put("cpu", "Intel Xeon");
        env.put("cpus", 2);
        env.put("engine", "PyTorch 2.7.1");
        env.put("djl", "0.36.0");
        env.put("torch_threads", "2");
        env.put("git_commit", "b24d14d");
        ArrayNode cells = run.putArray("cells");
        cells.add(cell("none", "quick"));
        cells.add(cell("all", "quick"));
        cells.add(cell("all", "full"));
        AtomicFiles.writeJson(dir.resolve("run.json"), run);
    }

    /** The JMH result array: trainStep, trainEpoch, pretrainEncoder, inference ×2, bareTrainStep per quick cell. */
    static ArrayNode jmh() {
        ArrayNode a = F.arrayNode();
        for (String mask : List.of("none", "all")) {
            boolean none = mask.equals("none");
            a.add(result("TrainingBenchmarks.trainStep", "thrpt", mask, null, none ? 10.0 : 8.0, none ? 0.5 : 0.4,
                    "ops/s", false));
            a.add(result("TrainingBenchmarks.trainEpoch", "ss", mask, null, none ? 3.0 : 3.5, Double.NaN, "s/op",
                    false));
            a.add(result("TrainingBenchmarks.pretrainEncoder", "ss", mask, null, none ? 0.001 : 2.0, 0.1, "s/op",
                    false));
            a.add(result("InferenceBenchmarks.inference", "sample", mask, "1", none ? 1.5 : 1.6, 0.05, "ms/op", true));
            a.add(result("InferenceBenchmarks.inference", "sample", mask, "64", none ? 12.0 : 13.0, 0.5, "ms/op",
                    true));
            a.add(result("BareLoopBenchmark.bareTrainStep", "thrpt", mask, null, none ? 12.5 : 16.0, 0.2, "ops/s",
                    false));
            a.add(result("TrainingBenchmarks.epochEndToEnd", "ss", mask, null, none ? 4.0 : 5.0, Double.NaN, "s/op",
                    false));
        }
        ObjectNode reference = result("ReferenceBenchmark.reference", "thrpt", null, null, 1234.5, 12.0, "ops/s",
                false);
        reference.remove("params");
        a.add(reference);
        return a;
    }

    /** The split sizes the forks of the two quick cells wrote: 1800 and 960 training rows. */
    static void writeSplits(Path dir) {
        new SplitSizes(NONE, "synthetic", 1800, 500, 500, 64).write(dir.resolve("splits"),
                CellParams.fromId(NONE, "test"));
        new SplitSizes(ALL, "synthetic", 960, 500, 500, 32).write(dir.resolve("splits"),
                CellParams.fromId(ALL, "test"));
    }

    static void writeHistograms(Path dir) {
        AtomicFiles.writeJson(dir.resolve("histograms/inference-1-avmnist-concat-none-quick.json"),
                histogram("none", "1", 1.1, 1.9, 3.3, 4.4, 5.5));
        AtomicFiles.writeJson(dir.resolve("histograms/inference-64-avmnist-concat-all-quick.json"),
                histogram("all", "64", 12.1, 15.0, 19.5, 22.0, 30.0));
    }

    /**
     * Writes the quality runs, then joins the none and all cells' variants into one experiment
     * summary (scratch-like first), as the experiment command would have made it.
     */
    static ExperimentSummary noneAndAll(Path dir) throws java.io.IOException {
        writeQuality(dir);
        ExperimentSummary none = Mappers.json().readValue(
                dir.resolve("quality/20250105-101600-none-aaaaaa/summary.json").toFile(), ExperimentSummary.class);
        ExperimentSummary all = Mappers.json().readValue(
                dir.resolve("quality/20250105-102000-all-bbbbbb/summary.json").toFile(), ExperimentSummary.class);
        return new ExperimentSummary("r", "c", "avmnist", 42, "s", Map.of(),
                List.of(none.variants().get(0), all.variants().get(0)), null);
    }

    static void writeQuality(Path dir) {
        quality(dir, "20250105-101600-none-aaaaaa", NONE, 64, Map.of(), 0.60, 6, 30.0, 0.92, "epoch cap 8 reached",
                Cost.of(Map.of(), 40.0, 2.0));
        Map<String, PretrainUse> fresh = encoders(false);
        quality(dir, "20250105-102000-all-bbbbbb", ALL, 32, fresh, 0.80, 3, 12.0, 0.95, ODD_REASON,
                Cost.of(Map.of("audio", 10.0, "image", 20.0), 24.0, 2.0));
        quality(dir, "20250105-103000-allfull-cccccc", ALL_FULL, 128, encoders(true), 0.85, null, null, 0.97,
                "epoch cap 20 reached", Cost.of(Map.of("audio", 10.0, "image", 20.0), 100.0, 5.0));
    }

    private static Map<String, PretrainUse> encoders(boolean reused) {
        Map<String, PretrainUse> uses = new LinkedHashMap<>();
        uses.put("audio", new PretrainUse(AUDIO, reused, 4, 10.0));
        uses.put("image", new PretrainUse(IMAGE, reused, 3, 20.0));
        return uses;
    }

    private static void quality(Path dir, String runId, String cell, int batchSize, Map<String, PretrainUse> encoders,
                                double epochOneAccuracy, Integer epochsToTarget, Double secondsToTarget,
                                double testAccuracy, String stopReason, Cost cost) {
        Path run = dir.resolve("quality").resolve(runId);
        PhaseRecord epochOne = phase(1.2, epochOneAccuracy);
        PhaseRecord best = phase(0.3, testAccuracy);
        PhaseRecord last = phase(0.35, testAccuracy - 0.01);
        Convergence convergence = new Convergence("accuracy", "AI", 0.9, epochsToTarget, secondsToTarget,
                epochsToTarget == null ? null : epochsToTarget - 1,
                secondsToTarget == null ? null : secondsToTarget - 5);
        VariantResult result = new VariantResult(cell, "avmnist", "synthetic", 42, "f00d", "zero_embedding",
                new io.latefusion.experiment.PoolingCost("concat", "zero", 0, 0), Map.of(),
                encoders, Map.of(), 8, 7, "loss", stopReason, epochOne, best, last, Map.of(), convergence, cost, null);
        ExperimentSummary summary = new ExperimentSummary(runId, cell, "avmnist", 42, "2025-01-05T10:16:00Z",
                Map.of("java", "17"), List.of(result), null);
        AtomicFiles.writeJson(run.resolve("summary.json"), summary);
        AtomicFiles.writeJson(run.resolve("variants").resolve(cell).resolve("result.json"), result);
        AtomicFiles.write(run.resolve("config.yaml"),
                ConfigLoader.toYaml(ConfigLoader.parse("x", "", List.of("train.batch_size=" + batchSize))));
    }

    /** A phase whose full set scores {@code accuracy}, audio 0.3 less and image 0.1 less. */
    private static PhaseRecord phase(double loss, double accuracy) {
        Map<String, Map<String, Double>> subsets = new LinkedHashMap<>();
        subsets.put("AI", Map.of("accuracy", accuracy, "f1_macro", accuracy - 0.02));
        subsets.put("A", Map.of("accuracy", accuracy - 0.3, "f1_macro", accuracy - 0.32));
        subsets.put("I", Map.of("accuracy", accuracy - 0.1, "f1_macro", accuracy - 0.12));
        return new PhaseRecord(loss, subsets, new Timing(1.0, 0.01));
    }

    private static ObjectNode cell(String pretrain, String scale) {
        ObjectNode c = F.objectNode();
        c.put("dataset", "avmnist").put("pretrain", pretrain).put("pooling", "concat").put("scale", scale);
        return c;
    }

    private static ObjectNode result(String benchmark, String mode, String pretrain, String batch, double score,
                                     double error, String unit, boolean percentiles) {
        ObjectNode r = F.objectNode();
        r.put("jmhVersion", "1.37");
        r.put("benchmark", "io.latefusion.bench." + benchmark);
        r.put("mode", mode);
        r.put("threads", 1);
        r.put("forks", 1);
        ObjectNode params = r.putObject("params");
        if (batch != null) {
            params.put("batch", batch);
        }
        if (pretrain != null) {
            params.put("dataset", "avmnist").put("pooling", "concat").put("pretrain", pretrain).put("scale", "quick")
                    .put("threads", "2").put("data", "synthetic");
        }
        ObjectNode primary = r.putObject("primaryMetric");
        primary.put("score", score);
        if (Double.isNaN(error)) {
            primary.put("scoreError", "NaN");
            primary.set("scoreConfidence", F.arrayNode().add("NaN").add("NaN"));
        } else {
            primary.put("scoreError", error);
            primary.set("scoreConfidence", F.arrayNode().add(score - error).add(score + error));
        }
        ObjectNode p = primary.putObject("scorePercentiles");
        if (percentiles) {
            p.put("0.0", score * 0.5).put("50.0", score * 0.8).put("90.0", score * 1.5).put("99.0", score * 2.0)
                    .put("99.9", score * 3.0).put("100.0", score * 4.0);
        }
        primary.put("scoreUnit", unit);
        primary.set("rawData", F.arrayNode().add(F.arrayNode().add(score)));
        r.putObject("secondaryMetrics");
        return r;
    }

    private static ObjectNode histogram(String pretrain, String batch, double p50, double p90, double p99,
                                        double p999, double max) {
        ObjectNode h = F.objectNode();
        h.put("benchmark", "io.latefusion.bench.InferenceBenchmarks.inference");
        ObjectNode params = h.putObject("params");
        params.put("batch", batch).put("dataset", "avmnist").put("pooling", "concat").put("pretrain", pretrain)
                .put("scale", "quick");
        h.put("count", 1000);
        h.put("unit", "ms");
        h.put("p50", p50).put("p90", p90).put("p99", p99).put("p99.9", p999).put("max", max);
        return h;
    }
}
