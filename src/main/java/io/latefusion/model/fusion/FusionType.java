package io.latefusion.model.fusion;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The poolings that combine modality embeddings into one vector, each with the lower-case name
 * configs ({@code model.multimodal_pooling.pooling_type}) and the benchmark grid ({@code -p pooling=})
 * use for it. The study's poolings are in DESIGN.md §8.
 */
public enum FusionType {
    /** Concatenation of the embeddings (the study's AVMNIST and MOSI fusion). */
    @JsonProperty("concat")
    CONCAT,
    /** Element-wise sum of the per-modality projections. */
    @JsonProperty("sum")
    SUM,
    /** Element-wise mean of the per-modality projections. */
    @JsonProperty("avg")
    AVG,
    /** Element-wise maximum of the per-modality projections. */
    @JsonProperty("max")
    MAX,
    /** The study's scalar gate over the projections, a softmax gate over modalities beyond two. */
    @JsonProperty("gated")
    GATED,
    /** Arevalo et al.'s Gated Multimodal Unit, one gate per hidden unit. */
    @JsonProperty("gmu")
    GMU,
    /** The study's MM-IMDb baseline: a bias-free Gated Multimodal Unit with one scalar gate. */
    @JsonProperty("gmu_scalar")
    GMU_SCALAR,
    /** The study's attention: one softmax weight per modality and sample over the projections. */
    @JsonProperty("attention")
    ATTENTION;

    /** The config name ("gmu_scalar"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The config names of all poolings, comma-separated ("concat, sum, …"). */
    public static String validNames() {
        return Arrays.stream(values()).map(FusionType::key).collect(Collectors.joining(", "));
    }

    /** The pooling with this config name, or an error listing the valid names. */
    public static FusionType fromKey(String key) {
        for (FusionType type : values()) {
            if (type.key().equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Invalid pooling '" + key + "' (expected one of " + validNames() + ")");
    }
}
