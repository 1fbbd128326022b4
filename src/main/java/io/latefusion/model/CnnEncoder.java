package io.latefusion.model;

import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import io.latefusion.data.Modality;

/**
 * The study's AVMNIST CNN encoders (its {@code MNISTAudio} and {@code MNISTImage}, DESIGN.md §8):
 * two blocks of two 3×3 convolutions (padding 1, with bias) each followed by BatchNorm and ReLU,
 * a max-pool after each block, then flatten and Linear(→ output).
 *
 * <ul>
 *   <li>audio: [1→32, 32→32] → max-pool 2 → [32→64, 64→64] → max-pool 3;
 *   <li>image (and any other modality): [1→32, 32→64] → max-pool 2 → [64→64, 64→64] → max-pool 2.
 * </ul>
 *
 * <p>The study hard-codes the Linear's input (4800 for a 32×94 spectrogram, 3136 for a 28×28
 * image); here DJL infers it from the input shape at initialisation. Weights are initialised as
 * PyTorch's defaults ({@link TorchInit#DEFAULT_WEIGHT}), the study setting none.
 */
final class CnnEncoder {

    private static final int KERNEL = 3;
    private static final int PADDING = 1;

    private CnnEncoder() {}

    static Block build(Modality modality, int outputSize, long[] sampleShape) {
        boolean audio = modality == Modality.AUDIO;
        int[] widths = audio ? new int[] {32, 32, 64, 64} : new int[] {32, 64, 64, 64};
        int secondPool = audio ? 3 : 2;
        SpatialCheck.requirePoolable(
                sampleShape, new int[] {2, secondPool}, "Encoder cnn (" + modality.key() + ")");
        return new SequentialBlock()
                .add(convBnRelu(widths[0]))
                .add(convBnRelu(widths[1]))
                .add(Layers.maxPool(2, 2, 0))
                .add(convBnRelu(widths[2]))
                .add(convBnRelu(widths[3]))
                .add(Layers.maxPool(secondPool, secondPool, 0))
                .add(Blocks.batchFlattenBlock())
                .add(Layers.linear(outputSize, TorchInit.DEFAULT_WEIGHT));
    }

    private static Block convBnRelu(int filters) {
        return Layers.convBnRelu(KERNEL, PADDING, filters, true, TorchInit.DEFAULT_WEIGHT);
    }
}
