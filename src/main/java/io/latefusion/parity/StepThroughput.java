package io.latefusion.parity;

import io.latefusion.stats.RatioBootstrap;
import java.util.List;

/**
 * One side's training-step throughput for one cell: steps/s per measurement iteration, grouped by
 * fork, with the model's parameter count and the batch and thread count it ran at.
 *
 * @param cell       the cell id, e.g. {@code avmnist-none-concat-quick}
 * @param parameters the model's trainable parameters (PyTorch's {@code numel} sum)
 * @param batch      rows per step
 * @param threads    torch intra-op threads
 * @param forks      steps/s of each measurement iteration, one array per fork
 */
public record StepThroughput(String cell, long parameters, int batch, int threads, List<double[]> forks) {

    public StepThroughput {
        forks = List.copyOf(forks);
    }

    /** The iterations as bootstrap samples grouped by fork (fails on an empty fork or a non-finite value). */
    public RatioBootstrap.Samples samples() {
        return new RatioBootstrap.Samples(forks);
    }

    /** The mean step time in milliseconds: 1000 over the mean steps/s of every iteration. */
    public double stepMillis() {
        return 1000 / samples().mean();
    }
}
