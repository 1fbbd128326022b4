package io.latefusion.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.initializer.Initializer;

/**
 * The layers the encoders are made of, in PyTorch's terms: square kernels, symmetric padding, and
 * an explicit weight initializer. Input widths are left for DJL to infer at initialisation.
 */
final class Layers {

    private Layers() {}

    /** A {@code Conv2d(?, filters, kernel, stride, padding, bias)} whose weight uses {@code init}. */
    static Block conv(int kernel, int stride, int padding, int filters, boolean bias, Initializer init) {
        Block conv =
                Conv2d.builder()
                        .setKernelShape(new Shape(kernel, kernel))
                        .optStride(new Shape(stride, stride))
                        .optPadding(new Shape(padding, padding))
                        .setFilters(filters)
                        .optBias(bias)
                        .build();
        conv.setInitializer(init, Parameter.Type.WEIGHT);
        return conv;
    }

    /** Convolution (stride 1), BatchNorm, ReLU. */
    static Block convBnRelu(int kernel, int padding, int filters, boolean bias, Initializer init) {
        return new SequentialBlock()
                .add(conv(kernel, 1, padding, filters, bias, init))
                .add(batchNorm())
                .add(Activation.reluBlock());
    }

    /** {@code BatchNorm2d} over the channel axis, with PyTorch's epsilon and momentum. */
    static Block batchNorm() {
        // DJL's momentum 0.9 is PyTorch's 0.1: the PyTorch engine passes 1 - momentum to libtorch.
        return BatchNorm.builder().optAxis(1).optEpsilon(1e-5f).optMomentum(0.9f).build();
    }

    /** {@code MaxPool2d(kernel, stride, padding)}, flooring as PyTorch does. */
    static Block maxPool(int kernel, int stride, int padding) {
        return Pool.maxPool2dBlock(
                new Shape(kernel, kernel), new Shape(stride, stride), new Shape(padding, padding), false);
    }

    /** {@code Linear(?, units)} with a bias, whose weight uses {@code init}. */
    static Block linear(int units, Initializer init) {
        Block linear = Linear.builder().setUnits(units).build();
        linear.setInitializer(init, Parameter.Type.WEIGHT);
        return linear;
    }
}
