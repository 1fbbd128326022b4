package io.latefusion.parity;

import io.latefusion.stats.RatioBootstrap;

/**
 * One cell side by side: our step and PyTorch's, and the ratio ours / PyTorch of step time (the
 * ratio of PyTorch's mean steps/s to ours) with its bootstrap interval, against the goal.
 *
 * @param ours    our throughput
 * @param pytorch PyTorch's throughput
 * @param ratio   ours / PyTorch step time and its interval (above 1: ours is slower)
 * @param goal    the largest ratio that meets the goal
 * @param verdict met, missed or unclear
 */
public record CellParity(StepThroughput ours, StepThroughput pytorch, RatioBootstrap.Interval ratio, double goal,
                         Verdict verdict) {

    /**
     * Compares the two sides of one cell.
     *
     * @throws ParityException if the two models' parameter counts or batch sizes differ: then they are
     *     not the same model and the ratio would mean nothing
     */
    public static CellParity of(StepThroughput ours, StepThroughput pytorch, double goal, RatioBootstrap bootstrap) {
        if (ours.parameters() != pytorch.parameters()) {
            throw new ParityException(ours.cell() + ": the models differ: ours has " + ours.parameters()
                    + " parameters, PyTorch's " + pytorch.parameters() + " (bench/pytorch_parity.py must build the"
                    + " same layers as the cell's config)");
        }
        if (ours.batch() != pytorch.batch()) {
            throw new ParityException(ours.cell() + ": the steps differ: ours takes batches of " + ours.batch()
                    + ", PyTorch's of " + pytorch.batch());
        }
        RatioBootstrap.Interval ratio = bootstrap.ratio(pytorch.samples(), ours.samples());
        return new CellParity(ours, pytorch, ratio, goal, Verdict.of(ratio, goal));
    }
}
