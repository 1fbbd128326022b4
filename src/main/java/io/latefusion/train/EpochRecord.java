package io.latefusion.train;

/**
 * Everything measured in one epoch. {@code validation} and {@code test} are scored with this
 * epoch's weights; {@code elapsedSeconds} is the wall-clock since training began (training and
 * validation, not test scoring), the clock that time-to-target reads.
 */
public record EpochRecord(int epoch, double elapsedSeconds, PhaseRecord train, PhaseRecord validation,
                          PhaseRecord test) {
}
