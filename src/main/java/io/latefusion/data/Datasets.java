package io.latefusion.data;

import io.latefusion.data.avmnist.MultibenchAvmnistLoader;
import io.latefusion.data.avmnist.SyntheticAvmnist;
import io.latefusion.data.avmnist.ThesisAvmnistLoader;
import java.nio.file.Path;

/** Turns a data set name and its {@code data} options into a loaded {@link MultimodalDataset}. */
public final class Datasets {

    private Datasets() {
    }

    /** The data set names configs may use. */
    public static final java.util.List<String> NAMES = java.util.List.of("avmnist");

    /** The modalities of a named data set. */
    public static ModalitySet modalities(String dataset) {
        requireKnown(dataset);
        return ModalitySet.parse("AI");
    }

    /** Loads (or generates) a data set as its options say; the seed drives synthetic data. */
    public static MultimodalDataset load(String dataset, DataOptions options, long seed) {
        requireKnown(dataset);
        return switch (options.layout()) {
            case SYNTHETIC -> SyntheticAvmnist.generate(options.synthetic(), seed);
            case THESIS -> ThesisAvmnistLoader.load(Path.of(options.path()), options.thesis()).dataset();
            case MULTIBENCH -> MultibenchAvmnistLoader.load(Path.of(options.path()), options.multibench());
        };
    }

    private static void requireKnown(String dataset) {
        if (!NAMES.contains(dataset)) {
            throw new IllegalArgumentException("Unknown dataset '" + dataset + "' (expected one of " + NAMES + ")");
        }
    }
}
