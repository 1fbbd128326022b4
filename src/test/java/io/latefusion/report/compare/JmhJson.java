package io.latefusion.report.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latefusion.experiment.Mappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes JMH result files shaped like JMH 1.37's {@code -rf json} output (every field JMH writes,
 * "NaN" strings when there are too few samples), or a project report embedding them under "jmh".
 */
final class JmhJson {

    static final String REFERENCE = "io.latefusion.bench.ReferenceBenchmark.reference";
    static final String TRAIN_STEP = "io.latefusion.bench.TrainingBenchmarks.trainStep";
    static final String TRAIN_EPOCH = "io.latefusion.bench.TrainingBenchmarks.trainEpoch";
    static final String INFERENCE = "io.latefusion.bench.InferenceBenchmarks.inference";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] PERCENTILES =
            {"0.0", "50.0", "90.0", "95.0", "99.0", "99.9", "99.99", "99.999", "99.9999", "100.0"};

    private final ArrayNode results = NODES.arrayNode();

    static JmhJson results() {
        return new JmhJson();
    }

    /**
     * Adds a result whose 99.9 % interval is score ± error, as JMH computes it; a NaN error stands
     * for a run of 2 samples, which JMH writes with "NaN" error and interval.
     *
     * @param params {@code name=value} pairs
     */
    JmhJson add(String benchmark, String mode, double score, double error, String unit, String... params) {
        boolean known = !Double.isNaN(error);
        double[] raw = known
                ? new double[] {score - 0.4 * error, score - 0.2 * error, score, score + 0.2 * error, score + 0.4 * error}
                : new double[] {score * 1.01, score * 0.99};
        ObjectNode r = results.addObject();
        r.put("jmhVersion", "1.37");
        r.put("benchmark", benchmark);
        r.put("mode", mode);
        r.put("threads", 1);
        r.put("forks", 1);
        r.put("jvm", "/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        r.putArray("jvmArgs").add("-Dai.djl.offline=true").add("-Xmx8g");
        r.put("jdkVersion", "17.0.15");
        r.put("vmName", "OpenJDK 64-Bit Server VM");
        r.put("vmVersion", "17.0.15+6-Debian-1deb12u1");
        r.put("warmupIterations", 1);
        r.put("warmupTime", "3 s");
        r.put("warmupBatchSize", 1);
        r.put("measurementIterations", raw.length);
        r.put("measurementTime", "3 s");
        r.put("measurementBatchSize", 1);
        if (params.length > 0) {
            ObjectNode p = r.putObject("params");
            for (String param : params) {
                String[] kv = param.split("=", 2);
                p.put(kv[0], kv[1]);
            }
        }
        ObjectNode metric = r.putObject("primaryMetric");
        metric.put("score", score);
        ArrayNode ci = metric.putArray("scoreConfidence");
        if (known) {
            metric.put("scoreError", error);
            ci.add(score - error).add(score + error);
        } else {
            metric.put("scoreError", "NaN");
            ci.add("NaN").add("NaN");
        }
        double[] sorted = raw.clone();
        Arrays.sort(sorted);
        ObjectNode percentiles = metric.putObject("scorePercentiles");
        for (int i = 0; i < PERCENTILES.length; i++) {
            double q = Double.parseDouble(PERCENTILES[i]) / 100;
            percentiles.put(PERCENTILES[i], sorted[(int) Math.round(q * (sorted.length - 1))]);
        }
        metric.put("scoreUnit", unit);
        ArrayNode fork = metric.putArray("rawData").addArray();
        Arrays.stream(raw).forEach(fork::add);
        r.putObject("secondaryMetrics");
        return this;
    }

    /** Writes the JMH array, as {@code -rf json -rff file} does. */
    Path write(Path file) {
        return writeText(file, text(results));
    }

    /** Writes a project report.json that embeds the JMH array under "jmh". */
    Path writeReport(Path file) {
        ObjectNode report = NODES.objectNode();
        report.put("run_id", "20250101-120000");
        report.putObject("quality").put("f1_macro", 0.61);
        report.set("jmh", results);
        return writeText(file, text(report));
    }

    static Path writeText(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object node) {
        try {
            return Mappers.json().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
