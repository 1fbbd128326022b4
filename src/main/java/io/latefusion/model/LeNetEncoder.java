package io.latefusion.model;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.pooling.Pool;
import java.util.Arrays;

/**
 * MultiBench's LeNet ({@code unimodals/common_models.py}): a 5×5 convolution (padding 2) to
 * {@code channels}, then {@code layers} stages of 3×3 convolution (padding 1) each doubling the
 * width; every convolution is bias-free and followed by BatchNorm, ReLU and max-pool 2. Global
 * average pooling and Linear(channels·2^layers → output) end it. Convolution and Linear weights use
 * {@code kaiming_uniform_} as MultiBench does.
 *
 * <p>MultiBench squeezes the last feature map instead of pooling it, which works only when its
 * layer count brings the input down to 1×1 (28×28 with 3 layers, 112×112 with 5); the global
 * average pool is the same there and keeps other sizes working.
 */
final class LeNetEncoder {

    private static final int POOL = 2;

    private LeNetEncoder() {}

    static Block build(long[] sampleShape, int channels, int layers, int outputSize) {
        int[] pools = new int[layers + 1];
        Arrays.fill(pools, POOL);
        SpatialCheck.requirePoolable(
                sampleShape, pools, "Encoder lenet (channels " + channels + ", layers " + layers + ")");

        SequentialBlock net = new SequentialBlock().add(stage(5, 2, channels));
        int width = channels;
        for (int i = 0; i < layers; i++) {
            width = Math.multiplyExact(width, 2);
            net.add(stage(3, 1, width));
        }
        return net.add(Pool.globalAvgPool2dBlock())
                .add(Layers.linear(outputSize, TorchInit.KAIMING_UNIFORM));
    }

    private static Block stage(int kernel, int padding, int filters) {
        return new SequentialBlock()
                .add(Layers.conv(kernel, 1, padding, filters, false, TorchInit.KAIMING_UNIFORM))
                .add(Layers.batchNorm())
                .add(Activation.reluBlock())
                .add(Layers.maxPool(POOL, POOL, 0));
    }
}
