package io.latefusion.model.fusion;

/**
 * The config of the fusion pooling, {@code model.multimodal_pooling} (named as in the study).
 *
 * @param poolingType which pooling
 * @param size the width every modality is projected to (≥ 1), the fused vector's width for all
 *     poolings but {@code concat}
 * @param dropout the dropout rate on the projections of {@code sum}, {@code avg}, {@code max},
 *     {@code gated} and {@code attention} (0 ≤ rate < 1; the study's 0.1); the GMUs have none
 * @param missingPolicy how an absent modality is pooled
 */
public record PoolingOptions(FusionType poolingType, int size, double dropout, MissingPolicy missingPolicy) {

    public PoolingOptions {
        if (poolingType == null) {
            throw new IllegalArgumentException("Missing model.multimodal_pooling.pooling_type (expected one of "
                    + FusionType.validNames() + ")");
        }
        if (size < 1) {
            throw new IllegalArgumentException("Invalid model.multimodal_pooling.size: " + size + " (expected ≥ 1)");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("Invalid model.multimodal_pooling.dropout: " + dropout
                    + " (expected 0 ≤ rate < 1)");
        }
        if (missingPolicy == null) {
            throw new IllegalArgumentException("Missing model.multimodal_pooling.missing_policy (expected zero or exclude)");
        }
    }
}
