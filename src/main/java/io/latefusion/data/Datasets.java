package io.latefusion.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data sets this harness knows, each with its modalities; loading goes through the data set's
 * own {@link DataOptions} record (the config's {@code data} section).
 */
public final class Datasets {

    /** Data set name → its modalities, in the order configs, grids and reports list them. */
    private static final Map<String, ModalitySet> MODALITIES = registry();

    /** The data set names configs may use. */
    public static final List<String> NAMES = List.copyOf(MODALITIES.keySet());

    private Datasets() {
    }

    private static Map<String, ModalitySet> registry() {
        Map<String, ModalitySet> map = new LinkedHashMap<>();
        map.put("avmnist", ModalitySet.parse("AI"));
        map.put("mmimdb", ModalitySet.parse("TI"));
        map.put("mosi", ModalitySet.parse("ATV"));
        return map;
    }

    /** The modalities of a named data set. */
    public static ModalitySet modalities(String dataset) {
        requireKnown(dataset);
        return MODALITIES.get(dataset);
    }

    /**
     * Loads (or generates) a data set as its options say, then {@link LoadedDataCheck}s it; the seed
     * drives synthetic data. Data the heap cannot hold is a {@link DataTooLargeException} naming the
     * data set, what did not fit and the remedy.
     */
    public static MultimodalDataset load(String dataset, DataOptions options, long seed) {
        requireKnown(dataset);
        MultimodalDataset data;
        try {
            data = options.load(seed);
        } catch (DataTooLargeException | OutOfMemoryError e) {
            throw DataTooLargeException.loading(dataset, options, e);
        }
        if (!data.modalities().equals(MODALITIES.get(dataset))) {
            throw new IllegalStateException("Data set " + dataset + " loaded modalities " + data.modalities().name()
                    + ", expected " + MODALITIES.get(dataset).name());
        }
        LoadedDataCheck.require(data, options.path() == null ? "synthetic " + dataset : options.path());
        return data;
    }

    /** Refuses a name that is not a known data set, listing the known ones. */
    public static void requireKnown(String dataset) {
        if (!MODALITIES.containsKey(dataset)) {
            throw new IllegalArgumentException("Unknown dataset '" + dataset + "' (expected one of "
                    + String.join(", ", NAMES) + ")");
        }
    }
}
