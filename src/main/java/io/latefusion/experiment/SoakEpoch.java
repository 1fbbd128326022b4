package io.latefusion.experiment;

import io.latefusion.train.MemorySample;

/** One epoch of a soak run: its training-plus-validation seconds and the memory figures after it. */
public record SoakEpoch(int epoch, double seconds, MemorySample memory) {
}
