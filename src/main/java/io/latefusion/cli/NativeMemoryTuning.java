package io.latefusion.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * libtorch allocates every large activation with malloc, and glibc serves blocks that large with
 * fresh mmap pages that the kernel must zero on first touch, then unmaps them on free: on this
 * project's 2-core machine that page-fault work tripled the time of an AVMNIST epoch (19 s → 6.6 s
 * with the fix, measured). Raising glibc's mmap and trim thresholds makes freed blocks be reused.
 * They are read only at process start, so the launcher starts itself once more with them set;
 * JMH forks inherit them. {@code -Dlatefusion.malloc=default} (or setting them yourself) opts out.
 */
final class NativeMemoryTuning {

    static final Map<String, String> SETTINGS = Map.of(
            "MALLOC_MMAP_THRESHOLD_", "1000000000",
            "MALLOC_TRIM_THRESHOLD_", "1000000000");

    private NativeMemoryTuning() {
    }

    /** Whether this process already runs with the settings (or the user opted out). */
    static boolean inEffect() {
        return "default".equals(System.getProperty("latefusion.malloc"))
                || SETTINGS.keySet().stream().allMatch(k -> System.getenv(k) != null)
                || !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    /** Runs this same command in a child JVM with the settings; returns its exit code. */
    static int relaunch(String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.add("-jar");
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(Main.class.getName());
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(SETTINGS);
        Process child = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        return child.waitFor();
    }
}
