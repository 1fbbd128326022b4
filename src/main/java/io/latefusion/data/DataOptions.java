package io.latefusion.data;

import io.latefusion.data.avmnist.MultibenchAvmnistOptions;
import io.latefusion.data.avmnist.SyntheticAvmnistOptions;
import io.latefusion.data.avmnist.ThesisAvmnistOptions;
import java.util.Objects;

/**
 * The {@code data} section of a config: the layout, the folder of a real layout ({@code path},
 * relative to the working directory), and each layout's own settings.
 */
public record DataOptions(DataLayout layout, String path, SyntheticAvmnistOptions synthetic,
                          ThesisAvmnistOptions thesis, MultibenchAvmnistOptions multibench) {

    public DataOptions {
        Objects.requireNonNull(layout, "data.layout is required (synthetic, thesis or multibench)");
        if (layout != DataLayout.SYNTHETIC && (path == null || path.isBlank())) {
            throw new IllegalArgumentException("data.path is required for layout " + layout.name().toLowerCase(
                    java.util.Locale.ROOT) + " (expected the data set's folder)");
        }
    }
}
