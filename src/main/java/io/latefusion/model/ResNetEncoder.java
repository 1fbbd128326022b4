package io.latefusion.model;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.pooling.Pool;
import java.util.List;

/**
 * torchvision's ImageNet-style ResNet with {@link BasicBlock}s: 7×7 stride-2 convolution (64
 * channels, no bias) → BN → ReLU → 3×3 stride-2 max-pool, four stages at 64/128/256/512 channels
 * (stages 2–4 start with stride 2), global average pooling and Linear(512 → output). Convolutions
 * use {@link TorchInit#KAIMING_NORMAL_FAN_OUT}, the Linear PyTorch's default.
 *
 * <p>Every stride-2 layer pads, so any input of at least 1×1 keeps at least 1×1: 28×28 reaches 1×1
 * at the last stage, 32×94 reaches 1×3.
 */
final class ResNetEncoder {

    /** BasicBlocks per stage of ResNet-18. */
    static final List<Integer> RESNET18_STAGES = List.of(2, 2, 2, 2);

    /** BasicBlocks per stage of ResNet-34. */
    static final List<Integer> RESNET34_STAGES = List.of(3, 4, 6, 3);

    private static final int[] STAGE_WIDTHS = {64, 128, 256, 512};

    private ResNetEncoder() {}

    static Block build(List<Integer> blocksPerStage, int outputSize) {
        SequentialBlock net =
                new SequentialBlock()
                        .add(Layers.conv(7, 2, 3, STAGE_WIDTHS[0], false, TorchInit.KAIMING_NORMAL_FAN_OUT))
                        .add(Layers.batchNorm())
                        .add(Activation.reluBlock())
                        .add(Layers.maxPool(3, 2, 1));
        int inChannels = STAGE_WIDTHS[0];
        for (int stage = 0; stage < STAGE_WIDTHS.length; stage++) {
            int channels = STAGE_WIDTHS[stage];
            for (int block = 0; block < blocksPerStage.get(stage); block++) {
                int stride = stage > 0 && block == 0 ? 2 : 1;
                net.add(BasicBlock.create(inChannels, channels, stride));
                inChannels = channels;
            }
        }
        return net.add(Pool.globalAvgPool2dBlock())
                .add(Layers.linear(outputSize, TorchInit.DEFAULT_WEIGHT));
    }
}
