package io.latefusion.data.avmnist;

import java.util.Objects;

/** Settings of the study-layout AVMNIST loader: how image pixels become inputs. */
public record ThesisAvmnistOptions(ImageMapping imageMapping) {

    public ThesisAvmnistOptions {
        Objects.requireNonNull(imageMapping, "imageMapping");
    }

    /** Linear pixel scaling (value / 255). */
    public static ThesisAvmnistOptions defaults() {
        return new ThesisAvmnistOptions(ImageMapping.LINEAR);
    }
}
