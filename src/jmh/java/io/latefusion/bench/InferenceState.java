package io.latefusion.bench;

import io.latefusion.data.Split;
import io.latefusion.experiment.AtomicFiles;
import io.latefusion.experiment.Mappers;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Inference requests of {@code batch} test rows against a cell's model, and an HdrHistogram of
 * their latencies over the measurement iterations (warm-up excluded) whose percentiles are written
 * for the report, next to JMH's own SampleTime percentiles. With several forks, each fork adds its
 * latencies to the same file, so the percentiles cover every fork.
 */
@State(Scope.Benchmark)
public class InferenceState {

    /** Rows per request: 1 (a single user) and 64 (a batch job). */
    @Param({"1", "64"})
    public int batch;

    private final Histogram latencies = new Histogram(3_600_000_000_000L, 3);
    private boolean measuring;
    private int[][] requests;
    private int next;

    @Setup(Level.Trial)
    public void setUp(CellState cell) {
        prepare(cell);
    }

    /** Cuts the test split into requests of {@code batch} rows. */
    void prepare(CellState cell) {
        int rows = cell.prepared.data().split(Split.TEST).size();
        if (batch < 1 || batch > rows) {
            throw new IllegalArgumentException("Invalid batch " + batch + " (expected 1.." + rows + ")");
        }
        requests = new int[rows / batch][batch];
        for (int r = 0; r < requests.length; r++) {
            for (int i = 0; i < batch; i++) {
                requests[r][i] = r * batch + i;
            }
        }
    }

    @Setup(Level.Iteration)
    public void startIteration(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    /** The recorded latencies (measurement iterations only). */
    Histogram latencies() {
        return latencies;
    }

    void measure(boolean on) {
        measuring = on;
    }

    int[] nextRequest() {
        int[] request = requests[next];
        next = (next + 1) % requests.length;
        return request;
    }

    void record(long nanos) {
        if (measuring) {
            latencies.recordValue(nanos);
        }
    }

    @TearDown(Level.Trial)
    public void writeHistogram(BenchmarkParams params) {
        if (BenchSettings.histogramDir() == null || latencies.getTotalCount() == 0) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        params.getParamsKeys().forEach(k -> values.put(k, params.getParam(k)));
        String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1) + "-"
                + String.join("-", values.values()).replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
        write(BenchSettings.histogramDir().resolve(name), params.getBenchmark(), values);
    }

    /** Writes the summary of this trial's latencies plus those already in {@code file}. */
    void write(Path file, String benchmark, Map<String, String> values) {
        // forks of one trial run one after another: each adds its latencies to the file's
        Histogram all = latencies.copy();
        if (Files.isRegularFile(file)) {
            all.add(decode(file));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("benchmark", benchmark);
        summary.put("params", values);
        summary.put("count", all.getTotalCount());
        summary.put("unit", "ms");
        for (double p : new double[] {50, 90, 99, 99.9}) {
            summary.put("p" + (p == 99.9 ? "99.9" : String.valueOf((int) p)), all.getValueAtPercentile(p) / 1e6);
        }
        summary.put("max", all.getMaxValue() / 1e6);
        summary.put("histogram", encode(all));
        AtomicFiles.writeJson(file, summary);
    }

    /** The whole histogram, compressed and in Base64, so that later forks can add to it. */
    static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
    }

    static Histogram decode(Path file) {
        try {
            String encoded = Mappers.json().readTree(file.toFile()).path("histogram").asText();
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(encoded)), 0);
        } catch (IOException | DataFormatException | IllegalArgumentException e) {
            throw new IllegalStateException(file + ": cannot add to this latency histogram (" + e.getMessage() + ")", e);
        }
    }
}
