package io.latefusion.bench;

import io.latefusion.train.PhaseRecord;
import io.latefusion.train.TrainingSession;
import io.latefusion.train.ValidatedEpoch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The wall-clock cost of the study's three phases for one grid cell: a pre-training epoch of the
 * mask's encoders, a late-fusion training epoch (alone, and end to end with its validation pass),
 * and steady-state training throughput. Epochs are
 * long, so they are timed one per iteration (SingleShotTime) with a raised timeout; the step is a
 * throughput, in steps per second (× batch size = samples per second, which the report shows).
 * The class-level settings are the epochs'; the step overrides them.
 */
@Fork(value = 1, jvmArgsAppend = {BenchSettings.OFFLINE, BenchSettings.THREADS,
        BenchSettings.INTEROP_THREADS, BenchSettings.HEAP, BenchSettings.QUIET})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
public class TrainingBenchmarks {

    /** The injected slowdown of {@link #trainStep}, read once per fork: 0 (off) unless calibrating the gate. */
    private static final double STEP_SLOWDOWN = BenchSettings.stepSlowdown();

    /** One pre-training epoch of every encoder the mask pre-trains (nothing for {@code none}: that route pays none). */
    @Benchmark
    public double pretrainEncoder(CellState cell) {
        double loss = 0;
        cell.epoch++;
        for (TrainingSession session : cell.prepared.pretrainSessions()) {
            loss += session.trainEpoch(cell.epoch).loss();
        }
        return loss;
    }

    /** One late-fusion training epoch over the whole training split. */
    @Benchmark
    public PhaseRecord trainEpoch(CellState cell) {
        return cell.prepared.session().trainEpoch(++cell.epoch);
    }

    /**
     * One epoch end to end, as the study's pipeline times it: batch assembly from the loaded data,
     * every training step, and the validation pass with its metrics on every modality subset
     * ({@link TrainingSession#trainAndValidate}). The report shows it as samples per second.
     */
    @Benchmark
    public ValidatedEpoch epochEndToEnd(CellState cell) {
        return cell.prepared.session().trainAndValidate(++cell.epoch);
    }

    /**
     * One optimiser step on the next shuffled batch: the throughput CI gates. With an injected
     * slowdown ({@link BenchSettings#STEP_SLOWDOWN}) each step then busy-waits for that fraction of
     * its own measured duration, so it is exactly that much slower, which measures what the gate detects.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 3, time = 5)
    public float trainStep(CellState cell) {
        if (STEP_SLOWDOWN == 0) {
            return cell.prepared.session().step(cell.nextBatch());
        }
        long start = System.nanoTime();
        float loss = cell.prepared.session().step(cell.nextBatch());
        long end = System.nanoTime();
        long until = end + (long) ((end - start) * STEP_SLOWDOWN);
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        return loss;
    }
}
