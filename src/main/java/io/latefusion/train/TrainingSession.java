package io.latefusion.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import ai.djl.training.tracker.Tracker;
import io.latefusion.data.Batch;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import io.latefusion.model.LateFusionModel;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A model being trained: the DJL model and trainer, initialised from the seed, with the three
 * operations everything else is made of — one training step, one epoch, one evaluation. The
 * training loop and the benchmarks both drive it, so what is benchmarked is what is run.
 * Every step's arrays live in a sub-manager closed at the end of the step. Training samples lack
 * modalities as {@code train.missing} says (a {@link MissingModalitySampler} seeded from the run
 * seed, apart from the shuffle), each encoder may learn at its own rate
 * ({@link EncoderLearningRates}), and {@code train.gradient_clip} clips the global gradient norm
 * before each step ({@link GradientClipping}).
 */
public final class TrainingSession implements AutoCloseable {

    private final String name;
    private final LateFusionModel block;
    private final MultimodalDataset data;
    private final TrainOptions options;
    private final Objective objective;
    private final Model model;
    private final Trainer trainer;
    private final Random shuffle;
    private final MissingModalitySampler missing;
    private final SubsetEvaluator evaluator;
    private final long seed;
    private boolean restored;

    private TrainingSession(String name, LateFusionModel block, MultimodalDataset data, TrainOptions options,
                            Objective objective, long seed, Map<Modality, Double> lrMultipliers) {
        this.name = name;
        this.block = block;
        this.data = data;
        this.options = options;
        this.objective = objective;
        this.seed = seed;
        this.missing = new MissingModalitySampler(block.modalities(), options.missing(), seed);
        ParameterTracker learningRate = EncoderLearningRates.of(block, options.learningRate(), lrMultipliers);
        Engine.getInstance().setRandomSeed((int) seed);
        this.shuffle = new Random(seed);
        this.evaluator = new SubsetEvaluator(objective, options.batchSize());
        this.model = Model.newInstance(name);
        model.setBlock(block);
        try {
            this.trainer = model.newTrainer(trainingConfig(options, objective, learningRate));
            trainer.initialize(initialShapes(data, block.modalities()));
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /**
     * Opens a session on {@code block}. Parameters already loaded into the block (pre-trained
     * encoders) are kept: only uninitialised ones are drawn, from {@code seed}. An encoder named in
     * {@code lrMultipliers} learns at the base rate times its multiplier (empty: all at the base rate).
     *
     * @throws IllegalArgumentException for missing rates or multipliers the model cannot take, before
     *                                  anything is initialised
     */
    public static TrainingSession open(String name, LateFusionModel block, MultimodalDataset data,
                                       TrainOptions options, Objective objective, long seed,
                                       Map<Modality, Double> lrMultipliers) {
        return new TrainingSession(name, block, data, options, objective, seed, lrMultipliers);
    }

    public LateFusionModel block() {
        return block;
    }

    public TrainOptions options() {
        return options;
    }

    /** The training rows in batches, in a fresh seeded shuffle. */
    public int[][] shuffledBatches() {
        return BatchOrder.shuffled(data.split(Split.TRAIN).size(), options.batchSize(), shuffle);
    }

    /**
     * One optimiser step on the training rows {@code indices}, their modalities dropped as
     * {@code train.missing} says; returns the batch loss.
     */
    public float step(int[] indices) {
        return step(indices, missing.next(indices.length), null, 0);
    }

    /**
     * One epoch over shuffled batches; the record holds the loss and metrics of its forward passes
     * and the share of samples that lacked each modality.
     */
    public PhaseRecord trainEpoch(int epoch) {
        long start = System.nanoTime();
        SplitData train = data.split(Split.TRAIN);
        int[][] batches = shuffledBatches();
        int width = block.outputs();
        int modalities = block.modalities().size();
        float[] outputs = new float[train.size() * width];
        int[] order = new int[train.size()];
        int[] absent = new int[modalities];
        int offset = 0;
        double lossSum = 0;
        for (int b = 0; b < batches.length; b++) {
            int[] indices = batches[b];
            float[] mask = missing.next(indices.length);
            for (int i = 0; i < mask.length; i++) {
                absent[i % modalities] += mask[i] == 0f ? 1 : 0;
            }
            float value;
            try {
                value = step(indices, mask, outputs, offset * width);
            } catch (TrainingDivergedException e) {
                throw new TrainingDivergedException(e.getMessage() + " at epoch " + epoch
                        + ", batch " + (b + 1) + " of " + batches.length + " (try a lower learning_rate; current "
                        + options.learningRate() + ")");
            }
            System.arraycopy(indices, 0, order, offset, indices.length);
            lossSum += (double) value * indices.length;
            offset += indices.length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("loss", lossSum / train.size());
        metrics.putAll(objective.score(outputs, width, train.labels().select(order)));
        Map<String, Map<String, Double>> subsets = new LinkedHashMap<>();
        subsets.put(block.modalities().name(), metrics);
        Map<Modality, Double> missingRate = new EnumMap<>(Modality.class);
        for (int m = 0; m < modalities; m++) {
            missingRate.put(block.modalities().modalities().get(m), absent[m] / (double) train.size());
        }
        return new PhaseRecord(lossSum / train.size(), subsets, new Timing(seconds, seconds / batches.length),
                missingRate);
    }

    /**
     * One epoch as the study times it: {@link #trainEpoch} (batch assembly, every step), then the
     * validation pass with its metrics on every modality subset.
     */
    public ValidatedEpoch trainAndValidate(int epoch) {
        PhaseRecord train = trainEpoch(epoch);
        return new ValidatedEpoch(train, evaluate(Split.VALIDATION));
    }

    /** Inference-mode scores (row-major, {@link LateFusionModel#outputs()} per row) for rows of a split. */
    public float[] infer(Split split, int[] indices) {
        try (NDManager step = trainer.getManager().newSubManager()) {
            Batch batch = Batch.of(step, data.split(split), block.modalities(), indices);
            return block.forward(new ai.djl.training.ParameterStore(step, false), batch.inputs(), false)
                    .singletonOrThrow().toFloatArray();
        }
    }

    /** Inference-mode scores of every row of a split, all modalities present, in batches of the batch size. */
    public float[] outputs(Split split) {
        int width = block.outputs();
        float[] out = new float[data.split(split).size() * width];
        int offset = 0;
        for (int[] indices : BatchOrder.sequential(data.split(split).size(), options.batchSize())) {
            System.arraycopy(infer(split, indices), 0, out, offset * width, indices.length * width);
            offset += indices.length;
        }
        return out;
    }

    /** The memory figures now, counting the NDArrays alive under this session's model. */
    public MemorySample memory() {
        return MemorySample.take(model.getNDManager());
    }

    /** Scores the current weights on a split under every modality subset. */
    public PhaseRecord evaluate(Split split) {
        return evaluator.evaluate(block, data.split(split), trainer.getManager());
    }

    /** As {@link #evaluate(Split)}, scored by {@code scoring} instead of the session's objective (tuned thresholds). */
    public PhaseRecord evaluate(Split split, Objective scoring) {
        return new SubsetEvaluator(scoring, options.batchSize()).evaluate(block, data.split(split),
                trainer.getManager());
    }

    /**
     * The test-time robustness curve of each modality under the current weights, scored by
     * {@code scoring} (the session's objective, or one at tuned thresholds; see {@link RobustnessEvaluator}).
     */
    public Map<Modality, RobustnessCurve> robustness(Objective scoring) {
        return new RobustnessEvaluator(scoring, options.batchSize(), seed).evaluate(block, data.split(Split.TEST),
                trainer.getManager());
    }

    /**
     * Puts the weights of {@code snapshot} (taken of this session's block) back for scoring. The
     * trainer would keep stepping the replaced arrays, so the session cannot train after this.
     */
    void restore(ParameterSnapshot snapshot) {
        snapshot.restoreInto(block, trainer.getManager());
        restored = true;
    }

    private float step(int[] indices, float[] mask, float[] outputs, int outputOffset) {
        if (restored) {
            throw new IllegalStateException("Session '" + name + "' holds restored weights for scoring: it cannot"
                    + " train any more (open a new session)");
        }
        try (NDManager step = trainer.getManager().newSubManager()) {
            Batch batch = Batch.of(step, data.split(Split.TRAIN), block.modalities(), indices, mask);
            NDArray scores;
            float value;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                scores = trainer.forward(batch.inputs()).singletonOrThrow();
                NDArray loss = trainer.getLoss().evaluate(new NDList(batch.labels()), new NDList(scores));
                value = loss.getFloat();
                if (!Float.isFinite(value)) {
                    throw new TrainingDivergedException("Loss became " + value + " in run '" + name + "'");
                }
                collector.backward(loss);
            }
            if (options.gradientClip() != null) {
                GradientClipping.clip(block, options.gradientClip(), step);
            }
            trainer.step();
            if (outputs != null) {
                System.arraycopy(scores.toFloatArray(), 0, outputs, outputOffset, indices.length * block.outputs());
            }
            return value;
        }
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }

    /**
     * DJL's training config for these options: the objective's loss, the optimiser at the options'
     * learning rate for every parameter, the CPU.
     */
    public static DefaultTrainingConfig trainingConfig(TrainOptions options, Objective objective) {
        return trainingConfig(options, objective, Tracker.fixed((float) options.learningRate()));
    }

    private static DefaultTrainingConfig trainingConfig(TrainOptions options, Objective objective,
                                                        ParameterTracker lr) {
        return new DefaultTrainingConfig(objective.loss())
                .optOptimizer(optimizer(options, lr))
                .optDevices(new Device[] {Device.cpu()});
    }

    private static Optimizer optimizer(TrainOptions options, ParameterTracker lr) {
        return switch (options.optimizer()) {
            case ADAM -> Optimizer.adam().optLearningRateTracker(lr)
                    .optWeightDecays((float) options.weightDecay()).build();
            case SGD -> Optimizer.sgd().setLearningRateTracker(lr).optMomentum(0.9f)
                    .optWeightDecays((float) options.weightDecay()).build();
        };
    }

    /** Batch-shaped input shapes (batch size 2) for initialisation: modalities, then the mask. */
    public static Shape[] initialShapes(MultimodalDataset data, ModalitySet modalities) {
        List<Modality> order = modalities.modalities();
        Shape[] shapes = new Shape[order.size() + 1];
        for (int i = 0; i < order.size(); i++) {
            long[] sample = data.sampleShape(order.get(i));
            long[] dims = new long[sample.length + 1];
            dims[0] = 2;
            System.arraycopy(sample, 0, dims, 1, sample.length);
            shapes[i] = new Shape(dims);
        }
        shapes[order.size()] = new Shape(2, order.size());
        return shapes;
    }
}
