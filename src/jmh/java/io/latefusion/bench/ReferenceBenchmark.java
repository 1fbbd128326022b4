package io.latefusion.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A fixed 256×256 matrix product through the same engine and thread settings: the yardstick that
 * lets {@code compare --normalise reference} compare scores from machines of different speed.
 */
@Fork(value = 1, jvmArgsAppend = {BenchSettings.OFFLINE, BenchSettings.THREADS,
        BenchSettings.INTEROP_THREADS, BenchSettings.HEAP, BenchSettings.QUIET})
@State(Scope.Benchmark)
public class ReferenceBenchmark {

    /**
     * How long the trial set-up runs the product before JMH's own warm-up. Measured here: after a
     * 1 s warm-up (the CI gate's {@code -w 1s}, which overrides the annotation below) the first 1 s
     * iteration still ran about 25 % slow in every fork, and that one iteration widened the gate's
     * reference-normalised interval; from about 2 s on the product is steady.
     */
    private static final long SETTLE_NANOS = 3_000_000_000L;

    /** libtorch's intra-op threads, as for the cells ({@link EngineThreads}). */
    @Param({EngineThreads.DEFAULT})
    public String threads;

    private NDManager manager;
    private NDArray a;
    private NDArray b;

    @Setup(Level.Trial)
    public void setUp() {
        EngineThreads.apply(threads);
        manager = NDManager.newBaseManager();
        manager.getEngine().setRandomSeed(1);
        a = manager.randomUniform(-1, 1, new Shape(256, 256));
        b = manager.randomUniform(-1, 1, new Shape(256, 256));
        long until = System.nanoTime() + SETTLE_NANOS;
        while (System.nanoTime() < until) {
            reference();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 3)
    public float reference() {
        try (NDManager step = manager.newSubManager()) {
            a.tempAttach(step);
            return a.matMul(b).getFloat(0, 0);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        manager.close();
    }
}
