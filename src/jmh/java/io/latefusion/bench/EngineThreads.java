package io.latefusion.bench;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The {@code threads} benchmark parameter: libtorch's intra-op thread count, {@code 1}, {@code 2}
 * (the forks' default, {@code -Dai.djl.pytorch.num_threads=2}), any other positive count, or
 * {@code all} (the available processors). It is process-wide, so a trial sets it before the
 * engine does any work; inter-op threads stay at 1.
 */
public final class EngineThreads {

    /** The parameter's name and default value. */
    public static final String PARAM = "threads";
    public static final String DEFAULT = "2";

    private EngineThreads() {
    }

    /** The thread count {@code value} names. */
    public static int parse(String value) {
        if ("all".equals(value)) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (value == null || !value.matches("[1-9][0-9]{0,3}")) {
            throw new IllegalArgumentException("Invalid threads '" + value
                    + "' (expected a positive whole number such as 1 or 2, or all)");
        }
        return Integer.parseInt(value);
    }

    /** Sets libtorch's intra-op threads to {@code value}'s count (loading the engine first); returns the count. */
    public static int apply(String value) {
        int threads = parse(value);
        Engine.getEngine("PyTorch");
        JniUtils.setNumThreads(threads);
        return threads;
    }
}
