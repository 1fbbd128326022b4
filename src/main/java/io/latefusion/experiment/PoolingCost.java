package io.latefusion.experiment;

/**
 * Which pooling a variant fused with, how an absent modality entered it, and what it costs:
 * trainable parameters (PyTorch's count) and multiply-adds of one sample's forward pass.
 */
public record PoolingCost(String type, String missingPolicy, long parameters, long flops) {
}
