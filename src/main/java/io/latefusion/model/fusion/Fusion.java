package io.latefusion.model.fusion;

import ai.djl.nn.AbstractBlock;

/**
 * A pluggable pooling block. Its input is the modality embeddings in the model's modality order
 * (absent ones already zeroed when the model represents missing data that way) followed by the
 * presence mask (B, M) of 0/1 floats; its output is one fused vector per sample.
 */
public abstract class Fusion extends AbstractBlock {

    protected Fusion(byte version) {
        super(version);
    }

    /** Which pooling this is, for records and reports. */
    public abstract FusionType type();

    /** Builds the fusion block of a type. */
    public static Fusion of(FusionType type) {
        return switch (type) {
            case CONCAT -> new ConcatFusion();
        };
    }
}
