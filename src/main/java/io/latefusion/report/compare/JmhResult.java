package io.latefusion.report.compare;

import io.latefusion.stats.RatioBootstrap.Samples;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;

/**
 * One JMH result: the primary metric of one benchmark method in one mode with one set of params,
 * with the raw samples the gate resamples (one array of iteration scores per fork).
 *
 * @param benchmark  the fully qualified method, e.g. {@code io.latefusion.bench.ReferenceBenchmark.reference}
 * @param mode       the benchmark mode (never {@link Mode#All}: JMH writes one result per mode)
 * @param params     the {@code @Param} values, sorted by name (empty without params)
 * @param score      JMH's primary score, positive and finite
 * @param scoreError the half-width of JMH's 99.9 % confidence interval, NaN when JMH had too few samples
 * @param unit       the score unit, e.g. {@code ops/ms} or {@code s/op}
 * @param forks      the samples, one array per fork (empty arrays are dropped; no forks when the
 *                   file holds no raw data): iteration scores, or for {@code sample} mode each
 *                   iteration's mean
 */
public record JmhResult(String benchmark, Mode mode, SortedMap<String, String> params, double score,
        double scoreError, String unit, List<double[]> forks) {

    public JmhResult {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(unit, "unit");
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
        forks = forks.stream().filter(f -> f.length > 0).map(double[]::clone).toList();
    }

    /** What the gate matches on: the same benchmark, params and mode in both files. */
    public record Key(String benchmark, Map<String, String> params, Mode mode) {
    }

    public Key key() {
        return new Key(benchmark, params, mode);
    }

    /** The method name alone, e.g. {@code reference}. */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** Class and method without the package, e.g. {@code ReferenceBenchmark.reference}. */
    public String shortName() {
        int method = benchmark.lastIndexOf('.');
        return benchmark.substring(benchmark.lastIndexOf('.', method - 1) + 1);
    }

    /** The params as {@code name=value} pairs joined by commas, empty without params. */
    public String paramsText() {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    /** Names the result in messages: benchmark, params and mode. */
    public String label() {
        return benchmark + (params.isEmpty() ? "" : " [" + paramsText() + "]") + " (" + mode.shortLabel() + ")";
    }

    /** Throughput is better when higher; the time modes (avgt, sample, ss) when lower. */
    public boolean higherIsBetter() {
        return mode == Mode.Throughput;
    }

    /** The number of samples over all forks. */
    public int sampleCount() {
        return forks.stream().mapToInt(f -> f.length).sum();
    }

    /** The number of forks that hold samples. */
    public int forkCount() {
        return forks.size();
    }

    /** The samples for resampling; only called with at least one sample. */
    public Samples samples() {
        return new Samples(forks);
    }

    /** The mean of the samples, or JMH's score when the file holds no raw data. */
    public double mean() {
        return forks.isEmpty() ? score : samples().mean();
    }
}
