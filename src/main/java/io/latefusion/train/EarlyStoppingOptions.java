package io.latefusion.train;

/**
 * Stop when the validation loss has not improved by more than {@code minDelta} for
 * {@code patience} epochs (the study's rule, on validation loss).
 */
public record EarlyStoppingOptions(boolean enabled, int patience, double minDelta) {

    public EarlyStoppingOptions {
        if (patience < 1) {
            throw new IllegalArgumentException("Invalid early_stopping.patience: " + patience + " (expected ≥ 1)");
        }
        if (!(minDelta >= 0)) {
            throw new IllegalArgumentException("Invalid early_stopping.min_delta: " + minDelta + " (expected ≥ 0)");
        }
    }
}
