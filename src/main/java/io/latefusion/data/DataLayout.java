package io.latefusion.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a data set comes from: generated in Java, or read from one of its published layouts. */
public enum DataLayout {
    /** Generated in Java, deterministic by seed; needs no files (the embedded default). */
    @JsonProperty("synthetic")
    SYNTHETIC,
    /** The study's own layout (CSV lists of per-sample {@code .pt} files for AVMNIST). */
    @JsonProperty("thesis")
    THESIS,
    /** MultiBench's layout ({@code .npy} arrays for AVMNIST). */
    @JsonProperty("multibench")
    MULTIBENCH,
    /** MMSA's layout (pickled dicts of splits, e.g. CMU-MOSI's {@code aligned_50.pkl}). */
    @JsonProperty("mmsa")
    MMSA;

    /** The name configs use ("multibench"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
