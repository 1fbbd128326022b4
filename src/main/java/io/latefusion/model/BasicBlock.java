package io.latefusion.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import java.util.List;

/**
 * torchvision's ResNet {@code BasicBlock}: relu(residual(x) + shortcut(x)), where the residual is
 * 3×3 conv (stride s) → BN → ReLU → 3×3 conv → BN and the shortcut is the identity, or 1×1 conv
 * (stride s) → BN when the block changes the stride or the width. Convolutions have no bias and use
 * {@link TorchInit#KAIMING_NORMAL_FAN_OUT}.
 */
final class BasicBlock {

    private BasicBlock() {}

    /**
     * @param inChannels the width of the block's input
     * @param channels the width of the block's output
     * @param stride the stride of the first convolution (and of the projection shortcut)
     */
    static Block create(int inChannels, int channels, int stride) {
        Block residual =
                new SequentialBlock()
                        .add(conv(3, stride, 1, channels))
                        .add(Layers.batchNorm())
                        .add(Activation.reluBlock())
                        .add(conv(3, 1, 1, channels))
                        .add(Layers.batchNorm());
        Block shortcut =
                stride != 1 || inChannels != channels
                        ? new SequentialBlock().add(conv(1, stride, 0, channels)).add(Layers.batchNorm())
                        : Blocks.identityBlock();
        return new ParallelBlock(BasicBlock::addThenRelu, List.of(residual, shortcut));
    }

    private static Block conv(int kernel, int stride, int padding, int channels) {
        return Layers.conv(kernel, stride, padding, channels, false, TorchInit.KAIMING_NORMAL_FAN_OUT);
    }

    private static NDList addThenRelu(List<NDList> branches) {
        NDArray sum = branches.get(0).singletonOrThrow().add(branches.get(1).singletonOrThrow());
        return new NDList(Activation.relu(sum));
    }
}
