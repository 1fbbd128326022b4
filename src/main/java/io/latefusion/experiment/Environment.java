package io.latefusion.experiment;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Where a result was measured: JVM, OS, CPU model, cores, memory, engine (DJL, libtorch) versions,
 * torch's intra- and inter-op thread settings, the native allocator's settings (glibc's
 * {@code MALLOC_*} variables, which the launcher's malloc tuning sets, and {@code LD_PRELOAD}) and
 * the git commit. Every one of them moves a benchmark, so the gate warns when two results differ in one.
 */
public final class Environment {

    private Environment() {
    }

    /** A description of this process's machine and software, in a stable key order. */
    public static Map<String, String> describe() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        env.put("cpu", cpuModel());
        env.put("cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
        env.put("memory", memTotal());
        Engine engine = Engine.getInstance();
        env.put("engine", engine.getEngineName() + " " + engine.getVersion());
        env.put("djl", Engine.getDjlVersion());
        env.put("torch_threads", System.getProperty("ai.djl.pytorch.num_threads", "default"));
        env.put("torch_interop_threads", System.getProperty("ai.djl.pytorch.num_interop_threads", "default"));
        env.putAll(allocator(System.getenv()));
        env.put("git_commit", gitCommit());
        return env;
    }

    /**
     * The allocator's settings: {@code MALLOC_ARENA_MAX}, {@code MALLOC_TRIM_THRESHOLD_} and
     * {@code LD_PRELOAD} always ({@code unset} when not set), any other {@code MALLOC_*} variable when set.
     */
    static Map<String, String> allocator(Map<String, String> variables) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String always : new String[] {"MALLOC_ARENA_MAX", "MALLOC_TRIM_THRESHOLD_", "LD_PRELOAD"}) {
            settings.put(always, variables.getOrDefault(always, "unset"));
        }
        new TreeMap<>(variables).forEach((name, value) -> {
            if (name.startsWith("MALLOC_")) {
                settings.putIfAbsent(name, value);
            }
        });
        return settings;
    }

    /** {@code MemTotal} of {@code /proc/meminfo}, e.g. {@code 16318480 kB}. */
    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
