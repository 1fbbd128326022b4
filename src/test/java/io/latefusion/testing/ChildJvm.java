package io.latefusion.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code io.latefusion.cli.Main} in a child JVM with this test JVM's class path, offline, on one
 * thread and with the glibc settings already set (so Main does not relaunch itself and a kill hits
 * the process that does the work); its stdout and stderr go to a log file the test watches.
 */
public final class ChildJvm {

    /** How long any wait may take before the test fails: generous, never asserted on. */
    private static final long TIMEOUT_SECONDS = 300;

    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code Main args} with the extra JVM options {@code properties} (after the defaults, so an
     * {@code -Xmx} of theirs wins over the default 1g), logging into {@code log}.
     */
    public static ChildJvm start(Path log, List<String> properties, List<String> args) throws IOException {
        return start(log, properties, java.util.Map.of(), args);
    }

    /** As {@link #start(Path, List, List)}, with {@code env} added to the child's environment. */
    public static ChildJvm start(Path log, List<String> properties, java.util.Map<String, String> env,
                                 List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1", "-Dai.djl.pytorch.num_interop_threads=1",
                "-Xmx1g"));
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.latefusion.cli.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DJL_OFFLINE", "true");
        builder.environment().put("OMP_NUM_THREADS", "1");
        builder.environment().put("MALLOC_MMAP_THRESHOLD_", "1000000000");
        builder.environment().put("MALLOC_TRIM_THRESHOLD_", "1000000000");
        builder.environment().putAll(env);
        return new ChildJvm(builder.start(), log);
    }

    /**
     * Waits until the log holds {@code texts} in this order (each after the previous one) and returns
     * the line holding the last; fails when the process ends first.
     */
    public String awaitLines(String... texts) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            boolean ended = !process.isAlive();
            String text = log();
            int at = 0;
            for (String t : texts) {
                at = at < 0 ? -1 : text.indexOf(t, at);
                at = at < 0 ? -1 : at + t.length();
            }
            if (at >= 0) {
                int start = text.lastIndexOf('\n', at - 1) + 1;
                int end = text.indexOf('\n', at);
                return text.substring(start, end < 0 ? text.length() : end);
            }
            if (ended) {
                throw new AssertionError("the child ended (exit " + process.exitValue() + ") before printing "
                        + List.of(texts) + "; its log:\n" + text);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no " + List.of(texts) + " in the child's log within " + TIMEOUT_SECONDS + " s:\n" + log());
    }

    /** Kills the child with SIGKILL ({@code kill -9}) and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits for the child to end and returns its exit code. */
    public int exitCode() throws InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end within " + TIMEOUT_SECONDS + " s; its log:\n" + log());
        }
        return process.exitValue();
    }

    /** Everything the child printed so far. */
    public String log() {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
