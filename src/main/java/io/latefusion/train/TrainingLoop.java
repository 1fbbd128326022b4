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
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.latefusion.data.Batch;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import io.latefusion.model.LateFusionModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link LateFusionModel} epoch by epoch: every step's batch lives in a sub-manager closed
 * after the step; after each epoch the model is scored on validation and test under every
 * modality subset. Early stopping watches the validation loss; the best epoch is chosen by the
 * configured selection score. The seed fixes initialisation, dropout and shuffling.
 */
public final class TrainingLoop {

    private final TrainOptions options;
    private final Objective objective;

    public TrainingLoop(TrainOptions options, Objective objective) {
        this.options = options;
        this.objective = objective;
    }

    /**
     * Trains {@code block} on {@code data}. Parameters already loaded into the block (pre-trained
     * encoders) are kept: only uninitialised ones are initialised, from {@code seed}.
     */
    public TrainingRun run(String name, LateFusionModel block, MultimodalDataset data, long seed,
                           EpochListener listener) {
        Engine.getInstance().setRandomSeed((int) seed);
        Random shuffle = new Random(seed);
        ModalitySet modalities = block.modalities();
        SplitData train = data.split(Split.TRAIN);
        SubsetEvaluator evaluator = new SubsetEvaluator(objective, options.batchSize());
        String fullSet = modalities.name();
        String targetSubset = options.target().subset() == null ? fullSet : options.target().subset().name();
        if (!modalities.containsAll(options.target().subset() == null ? modalities : options.target().subset())) {
            throw new IllegalArgumentException("Invalid target.subset: " + targetSubset
                    + " (expected a subset of " + fullSet + ")");
        }
        try (Model model = Model.newInstance(name)) {
            model.setBlock(block);
            DefaultTrainingConfig config = new DefaultTrainingConfig(objective.loss())
                    .optOptimizer(optimizer())
                    .optDevices(new Device[] {Device.cpu()});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(inputShapes(data, modalities));
                List<EpochRecord> records = new ArrayList<>();
                double elapsed = 0;
                double testSeconds = 0;
                int bestEpoch = 0;
                double bestScore = Double.NaN;
                double bestLoss = Double.POSITIVE_INFINITY;
                int sinceImprovement = 0;
                String stopReason = "epoch cap " + options.epochs() + " reached";
                for (int epoch = 1; epoch <= options.epochs(); epoch++) {
                    PhaseRecord trainRecord = trainEpoch(trainer, train, modalities, shuffle, name, epoch);
                    PhaseRecord validation = evaluator.evaluate(block, data.split(Split.VALIDATION), trainer.getManager());
                    elapsed += trainRecord.timing().totalTime() + validation.timing().totalTime();
                    PhaseRecord test = evaluator.evaluate(block, data.split(Split.TEST), trainer.getManager());
                    testSeconds += test.timing().totalTime();
                    EpochRecord record = new EpochRecord(epoch, elapsed, trainRecord, validation, test);
                    records.add(record);

                    double score = options.selectsByLoss() ? -validation.loss()
                            : validation.metric(fullSet, options.selectBy());
                    boolean best = bestEpoch == 0 || score > bestScore;
                    if (best) {
                        bestEpoch = epoch;
                        bestScore = score;
                    }
                    listener.onEpoch(record, best, options.epochs());

                    if (validation.loss() < bestLoss - options.earlyStopping().minDelta()) {
                        bestLoss = validation.loss();
                        sinceImprovement = 0;
                    } else if (++sinceImprovement >= options.earlyStopping().patience()
                            && options.earlyStopping().enabled()) {
                        stopReason = "early stop: validation loss did not improve by more than "
                                + options.earlyStopping().minDelta() + " for " + sinceImprovement + " epochs";
                        break;
                    }
                }
                Convergence convergence = Convergence.of(records, options.target(), targetSubset);
                return new TrainingRun(records, bestEpoch, stopReason, convergence, elapsed, testSeconds);
            }
        }
    }

    private PhaseRecord trainEpoch(Trainer trainer, SplitData train, ModalitySet modalities, Random shuffle,
                                   String name, int epoch) {
        long start = System.nanoTime();
        Loss loss = trainer.getLoss();
        int[][] batches = BatchOrder.shuffled(train.size(), options.batchSize(), shuffle);
        int[] order = new int[train.size()];
        float[] outputs = null;
        int width = 0;
        int offset = 0;
        double lossSum = 0;
        for (int b = 0; b < batches.length; b++) {
            int[] indices = batches[b];
            try (NDManager step = trainer.getManager().newSubManager()) {
                Batch batch = Batch.of(step, train, modalities, indices);
                NDArray scores;
                float value;
                try (GradientCollector collector = trainer.newGradientCollector()) {
                    scores = trainer.forward(batch.inputs()).singletonOrThrow();
                    NDArray l = loss.evaluate(new NDList(batch.labels()), new NDList(scores));
                    value = l.getFloat();
                    if (!Float.isFinite(value)) {
                        throw new TrainingDivergedException("Loss became " + value + " in run '" + name + "' at epoch "
                                + epoch + ", batch " + (b + 1) + " of " + batches.length
                                + " (try a lower learning_rate; current " + options.learningRate() + ")");
                    }
                    collector.backward(l);
                }
                trainer.step();
                if (outputs == null) {
                    width = (int) scores.getShape().get(1);
                    outputs = new float[train.size() * width];
                }
                System.arraycopy(scores.toFloatArray(), 0, outputs, offset * width, indices.length * width);
                System.arraycopy(indices, 0, order, offset, indices.length);
                lossSum += (double) value * indices.length;
            }
            offset += indices.length;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("loss", lossSum / train.size());
        metrics.putAll(objective.score(outputs, width, train.labels().select(order)));
        Map<String, Map<String, Double>> subsets = new LinkedHashMap<>();
        subsets.put(modalities.name(), metrics);
        return new PhaseRecord(lossSum / train.size(), subsets, new Timing(seconds, seconds / batches.length));
    }

    private Optimizer optimizer() {
        Tracker lr = Tracker.fixed((float) options.learningRate());
        return switch (options.optimizer()) {
            case ADAM -> Optimizer.adam().optLearningRateTracker(lr)
                    .optWeightDecays((float) options.weightDecay()).build();
            case SGD -> Optimizer.sgd().setLearningRateTracker(lr).optMomentum(0.9f)
                    .optWeightDecays((float) options.weightDecay()).build();
        };
    }

    /** Batch-shaped input shapes (batch size 2) for initialisation: modalities, then the mask. */
    private static Shape[] inputShapes(MultimodalDataset data, ModalitySet modalities) {
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
