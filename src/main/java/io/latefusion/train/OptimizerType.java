package io.latefusion.train;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The optimisers a config can name. */
public enum OptimizerType {
    @JsonProperty("adam")
    ADAM,
    @JsonProperty("sgd")
    SGD
}
