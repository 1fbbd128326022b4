package io.latefusion.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named scores of one set of predictions: every task's metrics record answers by name, and
 * all of them turn into the same score map (the JSON keys of a phase's subset).
 */
public interface Scores {

    /** The metric names, in report order; also the JSON keys. */
    List<String> names();

    /**
     * The metric called {@code name} (one of {@link #names()}).
     *
     * @throws IllegalArgumentException for any other name, listing the valid ones
     */
    double get(String name);

    /** Every metric by name, in the order of {@link #names()}; unmodifiable. */
    default Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (String name : names()) {
            map.put(name, get(name));
        }
        return Collections.unmodifiableMap(map);
    }
}
