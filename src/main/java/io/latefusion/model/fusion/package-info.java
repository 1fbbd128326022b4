/**
 * Fusion pooling: how the modality embeddings of a late-fusion model become one vector. {@link
 * io.latefusion.model.fusion.Fusion#of} builds the pooling {@code model.multimodal_pooling} names —
 * concatenation, the study's per-modality projections pooled by sum, mean, maximum, σ gate or
 * attention, or a Gated Multimodal Unit — and each pooling pools an absent modality as its {@link
 * io.latefusion.model.fusion.MissingPolicy} says.
 */
package io.latefusion.model.fusion;
