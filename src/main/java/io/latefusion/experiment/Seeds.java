package io.latefusion.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Repetition: every cell runs once per seed, each (cell, seed) its own run folder with its seed
 * recorded. The seeds come from the config's top-level {@code seeds: [..]} list or from
 * {@code --seeds N} (the config's {@code seed}, {@code seed + 1}, …, {@code seed + N − 1}; it
 * replaces a listed one). Seeds are the innermost axis, named {@code seed}, so a seeded run is a
 * grid: resumable, and the research report groups the seeds of one cell back together.
 */
public final class Seeds {

    /** The grid axis (and cell-value key) that carries a run's seed. */
    public static final String AXIS = "seed";

    private Seeds() {
    }

    /** The listed seeds of a {@code seeds} node: distinct integers, at least one. */
    static List<Long> listed(String source, JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            throw new ConfigException(source + ": seeds: expected a non-empty list of integers, e.g. [1, 2, 3]");
        }
        Set<Long> seeds = new LinkedHashSet<>();
        for (JsonNode s : node) {
            if (!s.isIntegralNumber()) {
                throw new ConfigException(source + ": seeds: '" + s.asText() + "' is not an integer");
            }
            if (!seeds.add(s.asLong())) {
                throw new ConfigException(source + ": seeds: " + s.asLong() + " listed twice (each run needs its own seed)");
            }
        }
        return List.copyOf(seeds);
    }

    /** {@code count} consecutive seeds from {@code base}. */
    public static List<Long> consecutive(long base, int count) {
        if (count < 1) {
            throw new ConfigException("--seeds " + count + ": expected at least 1 run per cell");
        }
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seeds.add(base + i);
        }
        return seeds;
    }

    /** Every cell once per seed, the seed innermost: {@code <cell>_seed-<s>} (or {@code seed-<s>}). */
    static List<GridCell> repeat(List<GridCell> cells, List<Long> seeds) {
        List<GridCell> out = new ArrayList<>();
        for (GridCell cell : cells) {
            for (long seed : seeds) {
                Map<String, String> values = new LinkedHashMap<>(cell.values());
                values.put(AXIS, Long.toString(seed));
                ExperimentConfig c = cell.config();
                out.add(new GridCell(Grid.name(values), values, new ExperimentConfig(c.name(), c.dataset(), seed,
                        c.data(), c.model(), c.train(), c.pretrain(), c.variants())));
            }
        }
        return out;
    }
}
