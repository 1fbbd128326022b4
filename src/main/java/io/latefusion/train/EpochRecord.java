package io.latefusion.train;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything measured in one epoch. {@code validation} and {@code test} are scored with this
 * epoch's weights; {@code elapsedSeconds} is the wall-clock since training began (training and
 * validation, not test scoring), the clock that time-to-target reads. {@code memory} is sampled
 * after the epoch's scoring; it is null in records written before it was recorded (and left out
 * of the JSON then).
 */
public record EpochRecord(int epoch, double elapsedSeconds, PhaseRecord train, PhaseRecord validation,
                          PhaseRecord test, @JsonInclude(JsonInclude.Include.NON_NULL) MemorySample memory) {
}
