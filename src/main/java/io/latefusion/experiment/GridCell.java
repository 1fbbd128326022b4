package io.latefusion.experiment;

import java.util.Map;

/**
 * One cell of an experiment grid: its folder name, the value it takes on each grid axis, and its
 * config. A config without a grid is a single cell with an empty name.
 */
public record GridCell(String name, Map<String, String> values, ExperimentConfig config) {

    public GridCell {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
