package io.latefusion.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A cell's inference latency at one request size ({@code batch} rows), in milliseconds: JMH's
 * SampleTime mean, p50 and p99, and the HdrHistogram summary of the same trial (null if absent).
 */
public record InferenceLatency(int batch, Double jmhMeanMs, Double jmhP50Ms, Double jmhP99Ms, LatencyHistogram hdr) {

    /** One entry per request size in {@code results} (one cell's JMH scores) or its inference {@code histograms}. */
    static List<InferenceLatency> of(List<JmhResult> results, List<LatencyHistogram> histograms) {
        List<JmhResult> jmh = JmhResult.named(results, "inference", "sample");
        TreeSet<Integer> batches = new TreeSet<>();
        for (JmhResult r : jmh) {
            batches.add(batch(r));
        }
        List<LatencyHistogram> hdr = histograms.stream().filter(h -> h.benchmark().equals("inference")).toList();
        hdr.forEach(h -> batches.add(h.batch()));
        List<InferenceLatency> out = new ArrayList<>();
        for (int b : batches) {
            JmhResult r = jmh.stream().filter(x -> batch(x) == b).findFirst().orElse(null);
            LatencyHistogram h = hdr.stream().filter(x -> x.batch() == b).findFirst().orElse(null);
            out.add(new InferenceLatency(b, r == null ? null : r.millis(r.score()),
                    r == null ? null : r.millis(r.percentile("50.0")),
                    r == null ? null : r.millis(r.percentile("99.0")), h));
        }
        return List.copyOf(out);
    }

    private static int batch(JmhResult r) {
        String batch = r.params().get("batch");
        if (batch == null || !batch.matches("\\d+")) {
            throw new ReportException(r.source() + ": no numeric 'batch' param for an inference score");
        }
        return Integer.parseInt(batch);
    }
}
