package io.latefusion.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * PyTorch's {@code BCEWithLogitsLoss(pos_weight=w)} with mean reduction over every element:
 * {@code (1 − y)·x + (1 + (w − 1)·y)·log(1 + e^(−x))}, the log term computed stably as
 * {@code log(1 + e^(−|x|)) + max(−x, 0)}. Without weights, every w is 1 and this is plain binary
 * cross-entropy on sigmoid outputs.
 */
final class BinaryCrossEntropyWithLogits extends Loss {

    private final float[] positiveWeights;

    /** A loss with one positive weight per label, or {@code null} for none. */
    BinaryCrossEntropyWithLogits(float[] positiveWeights) {
        super("BCEWithLogitsLoss");
        this.positiveWeights = positiveWeights == null ? null : positiveWeights.clone();
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray x = predictions.singletonOrThrow();
        NDArray y = labels.singletonOrThrow().reshape(x.getShape());
        NDArray logTerm = x.abs().neg().exp().add(1f).log().add(x.neg().maximum(0f));
        NDArray logWeight = positiveWeights == null ? null
                : x.getManager().create(positiveWeights).sub(1f).mul(y).add(1f);
        NDArray loss = y.neg().add(1f).mul(x).add(logWeight == null ? logTerm : logTerm.mul(logWeight));
        return loss.mean();
    }
}
