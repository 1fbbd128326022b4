package io.latefusion.train;

/** Wall-clock seconds of one phase of an epoch and the mean per batch. */
public record Timing(double totalTime, double avgBatchTime) {
}
