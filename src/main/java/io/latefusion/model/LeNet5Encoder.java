package io.latefusion.model;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;

/**
 * The classic LeNet-5 (LeCun et al. 1998, with ReLU and max-pooling), our reconstruction of the
 * study's own AVMNIST LeNet encoders: convolution 6@5×5 (padding 2) → ReLU → max-pool 2 →
 * convolution 16@5×5 (no padding) → ReLU → max-pool 2, then {@code layers} extra stages of
 * convolution 3×3 (padding 1) doubling the channels (32, 64, …) → ReLU → max-pool 2, then flatten
 * → Linear(→120) → ReLU → Linear(120→84) → ReLU → Linear(84→output). No BatchNorm; every layer
 * has a bias. The study's image encoder is {@code layers: 0}, its "enhanced" audio encoder
 * {@code layers: 1}. Weights start as PyTorch's defaults ({@link TorchInit#DEFAULT_WEIGHT}).
 */
final class LeNet5Encoder {

    private static final int POOL = 2;
    private static final int FIRST_FILTERS = 6;
    private static final int SECOND_FILTERS = 16;
    private static final int LARGE_KERNEL = 5;
    private static final int[] HIDDEN = {120, 84};

    private LeNet5Encoder() {}

    static Block build(long[] sampleShape, int layers, int outputSize) {
        int[] shrinks = new int[layers + 2];
        int[] pools = new int[layers + 2];
        java.util.Arrays.fill(pools, POOL);
        shrinks[1] = LARGE_KERNEL - 1; // the unpadded 5×5 convolution
        SpatialCheck.requireFits(sampleShape, shrinks, pools, "Encoder lenet5 (layers " + layers + ")");

        SequentialBlock net = new SequentialBlock()
                .add(stage(LARGE_KERNEL, 2, FIRST_FILTERS))
                .add(stage(LARGE_KERNEL, 0, SECOND_FILTERS));
        int width = SECOND_FILTERS;
        for (int i = 0; i < layers; i++) {
            width = Math.multiplyExact(width, 2);
            net.add(stage(3, 1, width));
        }
        net.add(Blocks.batchFlattenBlock());
        for (int units : HIDDEN) {
            net.add(Layers.linear(units, TorchInit.DEFAULT_WEIGHT)).add(Activation.reluBlock());
        }
        return net.add(Layers.linear(outputSize, TorchInit.DEFAULT_WEIGHT));
    }

    private static Block stage(int kernel, int padding, int filters) {
        return new SequentialBlock()
                .add(Layers.conv(kernel, 1, padding, filters, true, TorchInit.DEFAULT_WEIGHT))
                .add(Activation.reluBlock())
                .add(Layers.maxPool(POOL, POOL, 0));
    }
}
