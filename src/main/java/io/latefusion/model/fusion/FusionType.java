package io.latefusion.model.fusion;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The pooling that combines modality embeddings into one vector. */
public enum FusionType {
    /** Concatenation of the embeddings (the study's AVMNIST and MOSI fusion). */
    @JsonProperty("concat")
    CONCAT;

    /** The config name ("concat"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
