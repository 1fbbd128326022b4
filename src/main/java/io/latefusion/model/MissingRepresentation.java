package io.latefusion.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How an absent modality enters the fusion. The study's text says a zero embedding; its code
 * multiplied the raw input by 0 and still ran the encoder (BatchNorm and biases then make the
 * embedding non-zero). Both are offered so either reading can be reproduced.
 */
public enum MissingRepresentation {
    /** The encoder's output is replaced by a zero vector of its size (the study's text). */
    @JsonProperty("zero_embedding")
    ZERO_EMBEDDING,
    /** The raw input is multiplied by 0 and still passed through the encoder (the study's code). */
    @JsonProperty("zero_input")
    ZERO_INPUT
}
