package io.latefusion.bench;

import io.latefusion.data.Split;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Inference latency of a cell's late-fusion model, batch 1 and batch N, as percentiles. */
@Fork(value = 1, jvmArgsAppend = {BenchSettings.OFFLINE, BenchSettings.THREADS,
        BenchSettings.INTEROP_THREADS, BenchSettings.HEAP, BenchSettings.QUIET})
public class InferenceBenchmarks {

    /** Scores one request (host rows → NDArrays → forward → host), all modalities present. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1, time = 3)
    @Measurement(iterations = 3, time = 3)
    public float[] inference(CellState cell, InferenceState requests) {
        long start = System.nanoTime();
        float[] scores = cell.prepared.session().infer(Split.TEST, requests.nextRequest());
        requests.record(System.nanoTime() - start);
        return scores;
    }
}
