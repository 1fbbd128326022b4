package io.latefusion.model;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;

/**
 * Encoders over a feature vector (B, F), such as MM-IMDb's 300-d mean word2vec text and 4096-d
 * VGG image features. {@code mlp} is the study's: BatchNorm1d(F) → Linear(F → output).
 * {@code maxout_mlp} is MultiBench's {@code MaxOut_MLP}: BatchNorm1d(F, eps 1e-4) → Maxout(F →
 * h, 2) → BatchNorm1d → Dropout 0.3 → Maxout(h → 2h, 5) → BatchNorm1d → Dropout 0.3 →
 * Linear(2h → output), with h its first hidden width (MultiBench: 512 for text, 1024 for image;
 * its MM-IMDb run drops the last Linear and uses the 2h-wide vector, which {@code output = 2h}
 * approximates).
 */
final class FeatureEncoders {

    private static final float MAXOUT_DROPOUT = 0.3f;

    private FeatureEncoders() {
    }

    /** The study's BatchNorm1d + Linear encoder. */
    static Block mlp(int outputSize) {
        return new SequentialBlock()
                .add(batchNorm(1e-5f))
                .add(Layers.linear(outputSize, TorchInit.DEFAULT_WEIGHT));
    }

    /** MultiBench's MaxOut-MLP with first hidden width {@code hidden}. */
    static Block maxoutMlp(int hidden, int outputSize) {
        return new SequentialBlock()
                .add(batchNorm(1e-4f))
                .add(Maxout.of(hidden, 2))
                .add(batchNorm(1e-5f))
                .add(Dropout.builder().optRate(MAXOUT_DROPOUT).build())
                .add(Maxout.of(Math.multiplyExact(hidden, 2), 5))
                .add(batchNorm(1e-5f))
                .add(Dropout.builder().optRate(MAXOUT_DROPOUT).build())
                .add(Layers.linear(outputSize, TorchInit.DEFAULT_WEIGHT));
    }

    /** {@code BatchNorm1d} over the feature axis of (B, F), PyTorch's momentum. */
    static Block batchNorm(float epsilon) {
        return BatchNorm.builder().optAxis(1).optEpsilon(epsilon).optMomentum(0.9f).build();
    }
}
