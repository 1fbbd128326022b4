package io.latefusion.train;

/** One training epoch and the validation pass after it: what the study's clock times per epoch. */
public record ValidatedEpoch(PhaseRecord train, PhaseRecord validation) {

    /** Training plus validation seconds. */
    public double seconds() {
        return train.timing().totalTime() + validation.timing().totalTime();
    }
}
