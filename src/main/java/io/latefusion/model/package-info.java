/**
 * Per-modality encoders: DJL {@link ai.djl.nn.Block}s mapping one modality's batch to a fixed-size
 * embedding, built from an {@link io.latefusion.model.EncoderOptions} by {@link
 * io.latefusion.model.Encoders}. The architectures are the study's (DESIGN.md §8): its AVMNIST CNN
 * encoders, ImageNet-style ResNet-18/34 and MultiBench's LeNet. {@link
 * io.latefusion.model.ParameterCounts} counts a block's parameters the way PyTorch does.
 */
package io.latefusion.model;
