package io.latefusion.experiment;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Where a result was measured: JVM, OS, CPU, threads, engine versions and the git commit. */
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
        Engine engine = Engine.getInstance();
        env.put("engine", engine.getEngineName() + " " + engine.getVersion());
        env.put("djl", Engine.getDjlVersion());
        env.put("torch_threads", System.getProperty("ai.djl.pytorch.num_threads", "default"));
        env.put("git_commit", gitCommit());
        return env;
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
