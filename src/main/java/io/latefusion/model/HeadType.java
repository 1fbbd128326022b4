package io.latefusion.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The classifier head's layer kind ({@code model.head.type}). */
public enum HeadType {
    /** Linear + ReLU (+ dropout) per hidden layer: the study's AVMNIST and MOSI heads. */
    @JsonProperty("mlp")
    MLP,
    /**
     * BatchNorm1d + MaxOut(2 pieces) + dropout per hidden layer, then BatchNorm1d before the last
     * Linear: the study's MM-IMDb classifier (DESIGN.md §8).
     */
    @JsonProperty("maxout")
    MAXOUT
}
