package io.latefusion.train;

import io.latefusion.data.Labels;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.metrics.TaskMetrics;
import io.latefusion.model.LateFusionModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains a {@link LateFusionModel} epoch by epoch through a {@link TrainingSession}: after each
 * epoch the model is scored on validation and test under every modality subset. Early stopping
 * watches the validation loss; the best epoch is chosen by the configured selection score.
 *
 * <p>A model of several modalities also gets its test-time robustness curves, from the best
 * epoch's weights: a serialised copy of the parameters is kept at each new best epoch and, once
 * training stops, put back into the model and scored while the session is still open. The curves
 * so use the very weights whose test scores are the best epoch's {@code test} record (at missing
 * rate 0 they score exactly that), and cost one pass over the test split per run rather than per
 * improving epoch; the copy costs one serialisation of the model per improving epoch.
 *
 * <p>With {@code multi_label.thresholds: tuned} the best weights are also put back for a
 * multi-label model of one modality: their validation outputs (all modalities) pick each label's
 * threshold ({@link ThresholdTuner}), and the best checkpoint's test scores and robustness curves
 * are computed at those thresholds. The per-epoch records, and so model selection, early stopping
 * and the validation curves, keep the fixed threshold.
 */
public final class TrainingLoop {

    private final TrainOptions options;
    private final Objective objective;

    public TrainingLoop(TrainOptions options, Objective objective) {
        this.options = options;
        this.objective = objective;
    }

    /**
     * Trains {@code block} on {@code data} from {@code seed} (initialisation, dropout, shuffling,
     * missing modalities). Parameters already loaded into the block (pre-trained encoders) are
     * kept; an encoder named in {@code lrMultipliers} learns at the base rate times its multiplier.
     * Afterwards the block holds the best epoch's weights if robustness curves were scored.
     */
    public TrainingRun run(String name, LateFusionModel block, MultimodalDataset data, long seed,
                           Map<Modality, Double> lrMultipliers, EpochListener listener) {
        ModalitySet modalities = block.modalities();
        String fullSet = modalities.name();
        ModalitySet targetSet = options.target().subset() == null ? modalities : options.target().subset();
        if (!modalities.containsAll(targetSet)) {
            throw new IllegalArgumentException("Invalid target.subset: " + targetSet
                    + " (expected a subset of " + fullSet + ")");
        }
        boolean curves = modalities.size() > 1;
        MultiLabelObjective multiLabel = objective instanceof MultiLabelObjective m ? m : null;
        boolean tune = multiLabel != null && options.multiLabelOrStudy().tuned();
        try (TrainingSession session = TrainingSession.open(name, block, data, options, objective, seed,
                lrMultipliers)) {
            List<EpochRecord> records = new ArrayList<>();
            double elapsed = 0;
            double testSeconds = 0;
            int bestEpoch = 0;
            double bestScore = Double.NaN;
            double bestLoss = Double.POSITIVE_INFINITY;
            int sinceImprovement = 0;
            ParameterSnapshot bestWeights = null;
            String stopReason = "epoch cap " + options.epochs() + " reached";
            for (int epoch = 1; epoch <= options.epochs(); epoch++) {
                ValidatedEpoch timed = session.trainAndValidate(epoch);
                PhaseRecord train = timed.train();
                PhaseRecord validation = timed.validation();
                elapsed += timed.seconds();
                PhaseRecord test = session.evaluate(Split.TEST);
                testSeconds += test.timing().totalTime();
                EpochRecord record = new EpochRecord(epoch, elapsed, train, validation, test, session.memory());
                records.add(record);

                double score = options.selectsByLoss() ? -validation.loss()
                        : TaskMetrics.oriented(options.selectBy(), validation.metric(fullSet, options.selectBy()));
                boolean best = bestEpoch == 0 || score > bestScore;
                if (best) {
                    bestEpoch = epoch;
                    bestScore = score;
                    bestWeights = curves || tune ? ParameterSnapshot.of(block) : null;
                }
                listener.onEpoch(record, best, options.epochs());

                if (validation.loss() < bestLoss - options.earlyStopping().minDelta()) {
                    bestLoss = validation.loss();
                    sinceImprovement = 0;
                } else if (++sinceImprovement >= options.earlyStopping().patience() && options.earlyStopping().enabled()) {
                    stopReason = "early stop: validation loss did not improve by more than "
                            + options.earlyStopping().minDelta() + " for " + sinceImprovement + " epochs";
                    break;
                }
            }
            Map<Modality, RobustnessCurve> robustness = Map.of();
            PhaseRecord testBest = records.get(bestEpoch - 1).test();
            LabelThresholds thresholds = multiLabel == null ? null
                    : LabelThresholds.fixed(multiLabel, options.multiLabelOrStudy().threshold());
            if (bestWeights != null) {
                long start = System.nanoTime();
                session.restore(bestWeights);
                Objective scoring = objective;
                if (tune) {
                    Tuning tuning = tune(session, data, multiLabel, fullSet);
                    thresholds = tuning.thresholds();
                    scoring = tuning.objective();
                    testBest = session.evaluate(Split.TEST, scoring);
                }
                robustness = curves ? session.robustness(scoring) : Map.of();
                testSeconds += (System.nanoTime() - start) / 1e9;
            }
            Convergence convergence = Convergence.of(records, options.target(), targetSet.name());
            return new TrainingRun(records, bestEpoch, stopReason, convergence, elapsed, testSeconds, robustness,
                    testBest, thresholds);
        }
    }

    /** A multi-label objective at tuned thresholds, and their record. */
    private record Tuning(MultiLabelObjective objective, LabelThresholds thresholds) {
    }

    /** Tunes {@code fixed}'s thresholds on the validation outputs of the session's current (best) weights. */
    private Tuning tune(TrainingSession session, MultimodalDataset data, MultiLabelObjective fixed, String fullSet) {
        float[] outputs = session.outputs(Split.VALIDATION);
        Labels truth = data.split(Split.VALIDATION).labels();
        MultiLabelObjective tuned = fixed.withThresholds(ThresholdTuner.tune(outputs, truth, fixed.thresholds()));
        List<String> absent = ThresholdTuner.absent(truth).stream().map(fixed.labelNames()::get).toList();
        int width = truth.width();
        return new Tuning(tuned, LabelThresholds.tuned(tuned, options.multiLabelOrStudy().threshold(), fullSet, absent,
                fixed.metrics(outputs, width, truth).asMap(), tuned.metrics(outputs, width, truth).asMap()));
    }
}
