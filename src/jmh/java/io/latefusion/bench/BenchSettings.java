package io.latefusion.bench;

import java.nio.file.Path;

/**
 * Settings a benchmark fork reads from system properties, set by the launcher through
 * {@code -jvmArgsAppend}: where pre-trained encoders are cached, where latency histograms go and
 * where each cell's split sizes are written.
 */
public final class BenchSettings {

    /** Folder of the pre-trained encoder cache (default {@code results/bench-cache}). */
    public static final String CACHE = "latefusion.cache";
    /** Folder that receives one HdrHistogram summary per inference trial (unset: none written). */
    public static final String HISTOGRAMS = "latefusion.histograms";
    /** Folder that receives each cell's split sizes and batch size (unset: none written). */
    public static final String SPLITS = "latefusion.splits";

    /**
     * Fault injection for calibrating the gate: {@code -Dlatefusion.fault.step-slowdown=FRACTION}
     * makes every training step that fraction slower (see {@code TrainingBenchmarks#trainStep}).
     */
    public static final String STEP_SLOWDOWN = "latefusion.fault.step-slowdown";

    /** Every fork runs offline, on the machine's two cores, with the same heap and quiet logs. */
    public static final String OFFLINE = "-Dai.djl.offline=true";
    public static final String THREADS = "-Dai.djl.pytorch.num_threads=2";
    public static final String INTEROP_THREADS = "-Dai.djl.pytorch.num_interop_threads=1";
    public static final String HEAP = "-Xmx8g";
    public static final String QUIET = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn";

    /** The fork arguments above, for launchers that pass {@code jvmArgsAppend} themselves. */
    public static java.util.List<String> forkArgs() {
        return java.util.List.of(OFFLINE, THREADS, INTEROP_THREADS, HEAP, QUIET);
    }

    private BenchSettings() {
    }

    /** The injected step slowdown as a fraction, 0 when not set; a value that is not a fraction ≥ 0 is refused. */
    static double stepSlowdown() {
        String value = System.getProperty(STEP_SLOWDOWN);
        if (value == null || value.isBlank()) {
            return 0;
        }
        double fraction;
        try {
            fraction = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            fraction = Double.NaN;
        }
        if (!(fraction >= 0 && Double.isFinite(fraction))) {
            throw new IllegalArgumentException("Invalid -D" + STEP_SLOWDOWN + "=" + value
                    + " (expected a fraction of 0 or more: 0.05 makes each step 5 % slower)");
        }
        return fraction;
    }

    static Path cacheRoot() {
        return Path.of(System.getProperty(CACHE, "results/bench-cache"));
    }

    static Path splitsDir() {
        String dir = System.getProperty(SPLITS);
        return dir == null ? null : Path.of(dir);
    }

    static Path histogramDir() {
        String dir = System.getProperty(HISTOGRAMS);
        return dir == null ? null : Path.of(dir);
    }
}
