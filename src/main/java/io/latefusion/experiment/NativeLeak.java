package io.latefusion.experiment;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Fault injection, for the soak test: with {@code -Dlatefusion.fault.leak-per-epoch=BYTES} every
 * {@link #epoch()} allocates a further BYTES of native memory (an NDArray of ones, so every page is
 * touched and resident) and keeps it alive until {@link #close()} — the leak the soak must catch.
 * Unset or 0: nothing is allocated.
 */
public final class NativeLeak implements AutoCloseable {

    /** The system property naming the bytes to leak per epoch. */
    public static final String PROPERTY = "latefusion.fault.leak-per-epoch";

    private final long bytesPerEpoch;
    private NDManager manager;

    private NativeLeak(long bytesPerEpoch) {
        this.bytesPerEpoch = bytesPerEpoch;
    }

    /** The leak {@link #PROPERTY} asks for (none when unset). */
    public static NativeLeak fromProperty() {
        String value = System.getProperty(PROPERTY, "0").trim();
        long bytes;
        try {
            bytes = Long.parseLong(value);
        } catch (NumberFormatException e) {
            bytes = -1;
        }
        if (bytes < 0) {
            throw new IllegalArgumentException("Invalid -D" + PROPERTY + "=" + value
                    + " (expected a whole number of bytes ≥ 0)");
        }
        return new NativeLeak(bytes);
    }

    public long bytesPerEpoch() {
        return bytesPerEpoch;
    }

    /** Leaks this epoch's bytes (rounded down to whole floats). */
    public void epoch() {
        if (bytesPerEpoch < Float.BYTES) {
            return;
        }
        if (manager == null) {
            manager = NDManager.newBaseManager();
        }
        manager.ones(new Shape(bytesPerEpoch / Float.BYTES));
    }

    @Override
    public void close() {
        if (manager != null) {
            manager.close();
        }
    }
}
