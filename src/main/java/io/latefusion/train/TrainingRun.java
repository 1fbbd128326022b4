package io.latefusion.train;

import java.util.List;

/**
 * The outcome of one training run: every epoch's record, the best epoch (by the configured
 * selection score; its {@code test} entry is what the best checkpoint scores), why it stopped,
 * convergence, and the wall-clock split into training (with validation) and test scoring.
 */
public record TrainingRun(List<EpochRecord> epochs, int bestEpoch, String stopReason, Convergence convergence,
                          double trainSeconds, double testSeconds) {

    public TrainingRun {
        epochs = List.copyOf(epochs);
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
