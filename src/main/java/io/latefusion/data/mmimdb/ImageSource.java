package io.latefusion.data.mmimdb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which array of an MM-IMDb file is the image modality ({@code data.image.source}). */
public enum ImageSource {
    /** {@code vgg_features} (N, 4096): the poster's VGG-16 features, as the study and MultiBench use. */
    @JsonProperty("vgg_features")
    VGG_FEATURES("vgg_features"),
    /**
     * {@code images} (N, 3, 256, 160): the raw poster, average-pooled on load by
     * {@code data.image.pool} and scaled to [0, 1] if stored as bytes — for a CNN encoder
     * ({@code lenet}).
     */
    @JsonProperty("images")
    IMAGES("images");

    private final String key;

    ImageSource(String key) {
        this.key = key;
    }

    /** The HDF5 dataset name. */
    public String key() {
        return key;
    }
}
