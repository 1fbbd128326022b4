package io.latefusion.bench;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import io.latefusion.data.Batch;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.experiment.ExperimentConfig;
import io.latefusion.model.LateFusionModel;
import io.latefusion.model.ModelFactory;
import io.latefusion.train.Objective;
import io.latefusion.train.TrainingSession;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The harness's own overhead, measured: the same model, optimiser and batch size as
 * {@code trainStep}, but one batch made into NDArrays once and stepped on in a bare DJL loop — no
 * shuffling, no copy from the heap, no bookkeeping. {@code trainStep / bareTrainStep} is the share
 * of the engine's speed the harness keeps.
 */
@Fork(value = 1, jvmArgsAppend = {BenchSettings.OFFLINE, BenchSettings.THREADS,
        BenchSettings.INTEROP_THREADS, BenchSettings.HEAP, BenchSettings.QUIET})
public class BareLoopBenchmark {

    /** A DJL model and trainer built from the cell's config, and one resident batch. */
    @State(Scope.Benchmark)
    public static class BareState {
        private Model model;
        private Trainer trainer;
        private NDList inputs;
        private NDArray labels;

        @Setup(Level.Trial)
        public void setUp(CellState cell) {
            ExperimentConfig config = cell.prepared.config();
            MultimodalDataset data = cell.prepared.data();
            Objective objective = Objective.of(data, config.train().multiLabelOrStudy());
            LateFusionModel block = ModelFactory.fusionModel(config.model(), data.modalities(), data::sampleShape,
                    data.numClasses());
            model = Model.newInstance("bare");
            model.setBlock(block);
            trainer = model.newTrainer(TrainingSession.trainingConfig(config.train(), objective));
            trainer.initialize(TrainingSession.initialShapes(data, data.modalities()));
            int[] rows = new int[Math.min(config.train().batchSize(), data.split(Split.TRAIN).size())];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = i;
            }
            Batch batch = Batch.of(trainer.getManager(), data.split(Split.TRAIN), data.modalities(), rows);
            inputs = batch.inputs();
            labels = batch.labels();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            trainer.close();
            model.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 3, time = 5)
    public float bareTrainStep(BareState s) {
        try (NDManager step = s.trainer.getManager().newSubManager()) {
            s.inputs.tempAttach(step);
            s.labels.tempAttach(step);
            float value;
            try (GradientCollector collector = s.trainer.newGradientCollector()) {
                NDArray scores = s.trainer.forward(s.inputs).singletonOrThrow();
                NDArray loss = s.trainer.getLoss().evaluate(new NDList(s.labels), new NDList(scores));
                value = loss.getFloat();
                collector.backward(loss);
            }
            s.trainer.step();
            return value;
        }
    }
}
