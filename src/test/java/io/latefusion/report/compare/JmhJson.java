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
        ObjectNode r = result(benchmark, mode, score, error, unit, raw, params);
        ArrayNode fork = ((ObjectNode) r.get("primaryMetric")).putArray("rawData").addArray();
        Arrays.stream(raw).forEach(fork::add);
        return this;
    }

    /** Adds a result with the given samples, one array per fork; score and error are JMH's mean and 99.9 % half-width. */
    JmhJson addSamples(String benchmark, String mode, String unit, double[][] forks, String... params) {
        double[] all = Arrays.stream(forks).flatMapToDouble(Arrays::stream).toArray();
        ObjectNode r = result(benchmark, mode, mean(all), halfWidth(all), unit, all, params);
        ArrayNode raw = ((ObjectNode) r.get("primaryMetric")).putArray("rawData");
        for (double[] fork : forks) {
            ArrayNode f = raw.addArray();
            Arrays.stream(fork).forEach(f::add);
        }
        return this;
    }

    /**
     * Adds a {@code sample}-mode result as JMH writes it: {@code rawDataHistogram}, per fork, per
     * iteration, {@code [value, count]} pairs ({@code histograms[fork][iteration][pair]}).
     */
    JmhJson addHistogram(String benchmark, String unit, double[][][][] histograms, String... params) {
        double[] means = Arrays.stream(histograms).flatMap(Arrays::stream).mapToDouble(JmhJson::histogramMean).toArray();
        ObjectNode r = result(benchmark, "sample", mean(means), halfWidth(means), unit, means, params);
        ArrayNode forks = ((ObjectNode) r.get("primaryMetric")).putArray("rawDataHistogram");
        for (double[][][] fork : histograms) {
            ArrayNode f = forks.addArray();
            for (double[][] iteration : fork) {
                ArrayNode it = f.addArray();
                for (double[] pair : iteration) {
                    it.addArray().add(pair[0]).add((long) pair[1]);
                }
            }
        }
        return this;
    }

    /** Adds the suite's provenance block to every result written so far. */
    JmhJson provenance(Provenance provenance) {
        results.forEach(r -> ((ObjectNode) r).set(Provenance.KEY, provenance.toJson()));
        return this;
    }

    /**
     * {@code forks} forks of {@code perFork} samples drawn from a normal distribution, seeded:
     * the same arguments always give the same samples.
     */
    static double[][] normal(long seed, int forks, int perFork, double mean, double sd) {
        java.util.Random random = new java.util.Random(seed);
        double[][] samples = new double[forks][perFork];
        for (double[] fork : samples) {
            for (int i = 0; i < perFork; i++) {
                fork[i] = mean + sd * random.nextGaussian();
            }
        }
        return samples;
    }

    private static double histogramMean(double[][] pairs) {
        double sum = 0;
        double count = 0;
        for (double[] p : pairs) {
            sum += p[0] * p[1];
            count += p[1];
        }
        return sum / count;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    /** JMH's half-width (Student t at 99.9 %), NaN below 3 samples; close enough for a fixture: 3.3 standard errors. */
    private static double halfWidth(double[] values) {
        if (values.length < 3) {
            return Double.NaN;
        }
        double m = mean(values);
        double ss = Arrays.stream(values).map(v -> (v - m) * (v - m)).sum();
        return 3.3 * Math.sqrt(ss / (values.length - 1) / values.length);
    }

    private ObjectNode result(String benchmark, String mode, double score, double error, String unit, double[] raw,
            String... params) {
        boolean known = !Double.isNaN(error);
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
        r.putObject("secondaryMetrics");
        return r;
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
