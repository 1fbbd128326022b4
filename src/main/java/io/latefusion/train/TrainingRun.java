package io.latefusion.train;

import io.latefusion.data.Modality;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one training run: every epoch's record, the best epoch (by the configured
 * selection score; its {@code test} entry is what the best checkpoint scores), why it stopped,
 * convergence, the wall-clock split into training (with validation) and test scoring (per-epoch
 * test records and the robustness curves), and the best weights' test-time robustness curve per
 * modality (empty for a model of one modality). {@code testBest} is the best checkpoint's test
 * scoring: the best epoch's {@code test} record, or, with per-label thresholds tuned on validation,
 * the same weights rescored at those thresholds; {@code thresholds} are the per-label thresholds
 * of {@code testBest} and the robustness curves (null for a task without thresholds).
 */
public record TrainingRun(List<EpochRecord> epochs, int bestEpoch, String stopReason, Convergence convergence,
                          double trainSeconds, double testSeconds, Map<Modality, RobustnessCurve> robustness,
                          PhaseRecord testBest, LabelThresholds thresholds) {

    public TrainingRun {
        epochs = List.copyOf(epochs);
        robustness = Modality.orderedCopy(robustness);
    }

    /** The record of the best epoch. */
    public EpochRecord best() {
        return epochs.get(bestEpoch - 1);
    }

    /** The record of the last epoch run. */
    public EpochRecord last() {
        return epochs.get(epochs.size() - 1);
    }
}
