package io.latefusion.data;

import java.util.Locale;

/** The words for a heap that ran out: sizes people read, this JVM's limit, and how to raise it. */
public final class HeapAdvice {

    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    private HeapAdvice() {
    }

    /** {@code bytes} as "317 MB" or, from 10 GB, "12.3 GB". */
    public static String size(long bytes) {
        return bytes >= 10 * GIB ? String.format(Locale.ROOT, "%.1f GB", (double) bytes / GIB)
                : (bytes + MIB - 1) / MIB + " MB";
    }

    /** This JVM's heap limit, e.g. "the Java heap (4096 MB at most)". */
    public static String heap() {
        return "the Java heap (" + size(Runtime.getRuntime().maxMemory()) + " at most)";
    }

    /**
     * The remedy: a larger -Xmx — twice the current limit, or room for {@code neededBytes} more (0 when
     * unknown), whichever is larger, in whole gigabytes.
     */
    public static String moreHeap(long neededBytes) {
        long max = Runtime.getRuntime().maxMemory();
        long gb = Math.max(2 * ((max + GIB - 1) / GIB), (max + neededBytes + GIB - 1) / GIB + 1);
        return "give the JVM more heap (java -Xmx" + Math.max(2, gb) + "g -jar target/benchmarks.jar ...)";
    }
}
