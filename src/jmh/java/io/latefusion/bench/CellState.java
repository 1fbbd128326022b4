package io.latefusion.bench;

import io.latefusion.data.Split;
import io.latefusion.experiment.Cell;
import io.latefusion.experiment.PreparedCell;
import io.latefusion.report.SplitSizes;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One grid cell under measurement: data set × pretraining mask × pooling × scale, at a thread
 * count, on synthetic or real data. A thin shell
 * over {@link PreparedCell}: the same config, data, encoders and training session the quality
 * runner uses. Everything a benchmark needs is built here, in the trial's set-up, not in the
 * measured code.
 */
@State(Scope.Benchmark)
public class CellState {

    @Param({"avmnist"})
    public String dataset;

    /** none, all, the letters of the pre-trained encoders (A, I), or X_Scratch. */
    @Param({"none", "all"})
    public String pretrain;

    @Param({"concat"})
    public String pooling;

    @Param({"quick"})
    public String scale;

    /** libtorch's intra-op threads: 1, 2 (the forks' default), all ({@link EngineThreads}). */
    @Param({EngineThreads.DEFAULT})
    public String threads;

    /** synthetic, or LAYOUT:DIR for real data ({@link DataSource}). */
    @Param({DataSource.SYNTHETIC})
    public String data;

    PreparedCell prepared;
    int epoch;
    private int[][] batches;
    private int next;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        EngineThreads.apply(threads);
        prepare(BenchSettings.cacheRoot(), DataSource.parse(data).overrides(),
                params.getBenchmark().endsWith(".pretrainEncoder"));
        if (BenchSettings.splitsDir() != null) {
            sizes().write(BenchSettings.splitsDir(), prepared.cell());
        }
    }

    /**
     * Loads the cell and opens what the benchmark will time: the pre-training sessions, or the
     * late-fusion session with its pre-trained encoders (from the cache under {@code cacheRoot}).
     */
    void prepare(Path cacheRoot, List<String> overrides, boolean pretraining) {
        prepared = PreparedCell.prepare(new Cell(dataset, pretrain, pooling, scale), cacheRoot, overrides);
        if (pretraining) {
            prepared.pretrainSessions();
        } else {
            prepared.session();
        }
    }

    /** The rows of each split and the training batch size, for the report's per-sample figures. */
    SplitSizes sizes() {
        return new SplitSizes(prepared.cell().id(), data, prepared.data().split(Split.TRAIN).size(),
                prepared.data().split(Split.VALIDATION).size(), prepared.data().split(Split.TEST).size(),
                prepared.config().train().batchSize());
    }

    /** The next training batch, cycling through seeded shuffles of the training rows. */
    int[] nextBatch() {
        if (batches == null || next == batches.length) {
            batches = prepared.session().shuffledBatches();
            next = 0;
        }
        return batches[next++];
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        prepared.close();
    }
}
