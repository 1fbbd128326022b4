package io.latefusion.report.compare;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;

/**
 * One JMH result: the primary metric of one benchmark method in one mode with one set of params.
 * A NaN {@code scoreError} or interval bound means JMH had too few samples to estimate them.
 *
 * @param benchmark the fully qualified method, e.g. {@code io.latefusion.bench.ReferenceBenchmark.reference}
 * @param mode      the benchmark mode (never {@link Mode#All}: JMH writes one result per mode)
 * @param params    the {@code @Param} values, sorted by name (empty without params)
 * @param score     the primary score, positive and finite
 * @param scoreError the half-width of JMH's 99.9 % confidence interval, NaN when unknown
 * @param ciLow     the interval's lower bound ({@code scoreConfidence[0]}), NaN when unknown
 * @param ciHigh    the interval's upper bound ({@code scoreConfidence[1]}), NaN when unknown
 * @param unit      the score unit, e.g. {@code ops/ms} or {@code s/op}
 */
public record JmhResult(String benchmark, Mode mode, SortedMap<String, String> params, double score,
        double scoreError, double ciLow, double ciHigh, String unit) {

    public JmhResult {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(unit, "unit");
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
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

    /** Whether JMH could estimate the confidence interval (it cannot from 2 or fewer samples). */
    public boolean hasConfidence() {
        return Double.isFinite(scoreError) && Double.isFinite(ciLow) && Double.isFinite(ciHigh);
    }

    /** This result with score, error and interval multiplied by a positive {@code factor}, in {@code newUnit}. */
    public JmhResult scaled(double factor, String newUnit) {
        return new JmhResult(benchmark, mode, params, score * factor, scoreError * factor, ciLow * factor,
                ciHigh * factor, newUnit);
    }
}
