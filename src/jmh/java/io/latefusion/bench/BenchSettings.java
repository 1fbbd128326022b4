package io.latefusion.bench;

import java.nio.file.Path;

/**
 * Settings a benchmark fork reads from system properties, set by the launcher through
 * {@code -jvmArgsAppend}: where pre-trained encoders are cached and where latency histograms go.
 */
final class BenchSettings {

    /** Folder of the pre-trained encoder cache (default {@code results/bench-cache}). */
    static final String CACHE = "latefusion.cache";
    /** Folder that receives one HdrHistogram summary per inference trial (unset: none written). */
    static final String HISTOGRAMS = "latefusion.histograms";

    private BenchSettings() {
    }

    static Path cacheRoot() {
        return Path.of(System.getProperty(CACHE, "results/bench-cache"));
    }

    static Path histogramDir() {
        String dir = System.getProperty(HISTOGRAMS);
        return dir == null ? null : Path.of(dir);
    }
}
