package io.latefusion.data;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.latefusion.data.avmnist.AvmnistDataOptions;
import io.latefusion.data.mmimdb.MmimdbDataOptions;
import io.latefusion.data.mosi.MosiDataOptions;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The {@code data} section of a config: where a data set comes from ({@link #layout}, and
 * {@link #path} for a real layout) and its own settings. Each data set has its own record; the
 * config's top-level {@code dataset} key picks it (the config loader hands it over as the type id).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = DataOptions.TYPE_KEY)
@JsonSubTypes({
    @JsonSubTypes.Type(value = AvmnistDataOptions.class, name = "avmnist"),
    @JsonSubTypes.Type(value = MmimdbDataOptions.class, name = "mmimdb"),
    @JsonSubTypes.Type(value = MosiDataOptions.class, name = "mosi")
})
public interface DataOptions {

    /** The key of the data node holding the data set's name, copied there from the top level. */
    String TYPE_KEY = "dataset";

    /** Where the data comes from. */
    DataLayout layout();

    /** The file or folder of a real layout (null for synthetic data). */
    String path();

    /** The task the loaded labels pose. */
    TaskType task();

    /** Loads (or generates) the data set; the seed drives synthetic data. */
    MultimodalDataset load(long seed);

    /**
     * Checks that {@code layout} is one of {@code accepted} and that a real layout has a path; the
     * message names {@code data.layout} / {@code data.path} and, for the path, {@code expected}.
     */
    static void requireLayout(DataLayout layout, String path, String expected, DataLayout... accepted) {
        String names = Arrays.stream(accepted).map(DataLayout::key).collect(Collectors.joining(", "));
        if (layout == null) {
            throw new IllegalArgumentException("data.layout is required (" + names + ")");
        }
        if (!Arrays.asList(accepted).contains(layout)) {
            throw new IllegalArgumentException("Invalid data.layout: '" + layout.key()
                    + "' is not a layout of this data set (expected one of " + names + ")");
        }
        if (layout != DataLayout.SYNTHETIC && (path == null || path.isBlank())) {
            throw new IllegalArgumentException("data.path is required for layout " + layout.key()
                    + " (expected " + expected + ")");
        }
    }
}
