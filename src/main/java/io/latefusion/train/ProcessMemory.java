package io.latefusion.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The resident set size of this process, as the kernel counts it: the {@code VmRSS} line of
 * {@code /proc/self/status} (Linux). Everything the process holds in RAM — JVM heap, libtorch's
 * tensors and allocator caches, direct buffers, code — so a native leak shows here when no
 * Java-side figure moves.
 */
public final class ProcessMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** The resident set size in bytes, or null where {@code /proc/self/status} is unavailable (not Linux). */
    public static Long residentBytes() {
        return residentBytes(STATUS);
    }

    static Long residentBytes(Path status) {
        List<String> lines;
        try {
            lines = Files.readAllLines(status);
        } catch (IOException e) {
            return null;
        }
        for (String line : lines) {
            if (line.startsWith("VmRSS:")) {
                // "VmRSS:	  123456 kB"
                String[] fields = line.substring("VmRSS:".length()).trim().split("\\s+");
                return Long.parseLong(fields[0]) * 1024;
            }
        }
        return null;
    }
}
