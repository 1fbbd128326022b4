package io.latefusion.model.fusion;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a pooling treats a modality the presence mask marks absent. The study pooled an absent
 * modality's zero embedding like any other ({@link #ZERO}); that skews a mean or a softmax towards
 * the zeros, which {@link #EXCLUDE} avoids by pooling the present modalities only.
 */
public enum MissingPolicy {
    /**
     * The study's rule: the absent modality's (zeroed) embedding takes part like any other. Under
     * the projection poolings it enters as the projection of a zero vector, tanh(b), which is zero
     * while the projection's bias is zero.
     */
    @JsonProperty("zero")
    ZERO,
    /**
     * Pool the present modalities only: a sum leaves the absent out, a mean divides by the number
     * present, a maximum never picks an absent one, a softmax gives it weight 0. Concatenation
     * has no way to leave a modality out and keeps its zeros.
     */
    @JsonProperty("exclude")
    EXCLUDE
}
