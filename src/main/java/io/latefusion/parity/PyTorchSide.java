package io.latefusion.parity;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.AtomicFiles;
import io.latefusion.experiment.Cell;
import io.latefusion.experiment.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The PyTorch side: {@code bench/pytorch_parity.py}, run from the copy built into the jar (written
 * into the run folder, so the run records what it ran), by the first interpreter that can
 * {@code import torch} — the one given, else {@code python3} on the PATH, else
 * {@code /usr/bin/python3}. Its stdout goes to {@code pytorch.json}, its stderr to
 * {@code pytorch.log}.
 */
public final class PyTorchSide {

    /** The one line where no interpreter can import torch (the script prints the same). */
    public static final String NO_TORCH = "PyTorch is not installed here (python3-torch): parity skipped";
    /** The script's exit code where {@code import torch} fails. */
    static final int EXIT_NO_TORCH = 3;
    private static final String RESOURCE = "/bench/pytorch_parity.py";
    private static final List<String> DEFAULT_PYTHONS = List.of("python3", "/usr/bin/python3");
    private static final long IMPORT_TIMEOUT_SECONDS = 120;

    private final String python;
    private final Path script;

    private PyTorchSide(String python, Path script) {
        this.python = python;
        this.script = script;
    }

    /**
     * Writes the script into {@code runFolder} and finds the interpreter.
     *
     * @param requested {@code --python}, or {@code null} for the defaults
     * @throws IllegalArgumentException if the requested interpreter cannot be started at all
     */
    public static PyTorchSide locate(String requested, Path runFolder) {
        Path script = runFolder.resolve("pytorch_parity.py");
        AtomicFiles.write(script, bundledScript());
        List<String> candidates = requested == null ? DEFAULT_PYTHONS : List.of(requested);
        for (String candidate : candidates) {
            if (importsTorch(candidate, requested != null)) {
                return new PyTorchSide(candidate, script);
            }
        }
        return new PyTorchSide(null, script);
    }

    /** The interpreter that will run the script; empty where none can import torch. */
    public Optional<String> python() {
        return Optional.ofNullable(python);
    }

    /** The cell ids the script has models for ({@code --list}). */
    public List<String> knownCells(Path runFolder) {
        JsonNode list = runScript(List.of("--list"), runFolder.resolve("pytorch-cells.json"), runFolder);
        List<String> cells = new ArrayList<>();
        list.forEach(id -> cells.add(id.asText()));
        return cells;
    }

    /** Times {@code cells} under {@code settings}; skipped when no interpreter has torch. */
    public PyTorchOutcome measure(List<Cell> cells, ParitySettings settings, Path runFolder) {
        if (python == null) {
            return new PyTorchOutcome.Skipped(NO_TORCH);
        }
        List<String> args = List.of("--models", cells.stream().map(Cell::id).collect(Collectors.joining(",")),
                "--threads", Integer.toString(settings.threads()), "--forks", Integer.toString(settings.forks()),
                "--warmup", Integer.toString(settings.warmup()), "--iterations", Integer.toString(settings.iterations()),
                "--time", Integer.toString(settings.seconds()));
        JsonNode root = runScript(args, runFolder.resolve("pytorch.json"), runFolder);
        Map<String, StepThroughput> measured = new LinkedHashMap<>();
        String version = null;
        String blas = null;
        for (Cell cell : cells) {
            JsonNode node = root.path(cell.id());
            if (!node.isObject()) {
                throw new ParityException(script.getFileName() + " printed no result for " + cell.id());
            }
            measured.put(cell.id(), throughput(cell.id(), node));
            version = node.path("torch_version").asText("unknown");
            blas = node.path("blas").asText("unknown");
        }
        return new PyTorchOutcome.Measured(python, version, blas, measured);
    }

    private JsonNode runScript(List<String> args, Path stdout, Path runFolder) {
        List<String> command = new ArrayList<>(List.of(python, script.toString()));
        command.addAll(args);
        Path log = runFolder.resolve("pytorch.log");
        int exit;
        try {
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            exit = process.waitFor();
        } catch (IOException e) {
            throw new ParityException("Cannot run " + python + " " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParityException("Interrupted while " + python + " ran " + script, e);
        }
        if (exit != 0) {
            throw new ParityException(python + " " + script.getFileName() + " exited " + exit + ": " + lastLine(log));
        }
        try {
            return Mappers.json().readTree(Files.readAllBytes(stdout));
        } catch (IOException e) {
            throw new ParityException(script.getFileName() + " printed no valid JSON (" + stdout + "): "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static StepThroughput throughput(String cell, JsonNode node) {
        List<double[]> forks = new ArrayList<>();
        for (JsonNode fork : node.path("forks")) {
            double[] values = new double[fork.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = fork.get(i).asDouble(Double.NaN);
            }
            forks.add(values);
        }
        if (forks.isEmpty() || !node.path("params").canConvertToLong()) {
            throw new ParityException(cell + ": the PyTorch result lacks params or forks: " + node);
        }
        return new StepThroughput(cell, node.path("params").asLong(), node.path("batch").asInt(),
                node.path("threads").asInt(), forks);
    }

    /** Whether {@code python -c "import torch"} succeeds; a requested interpreter that cannot start is bad input. */
    private static boolean importsTorch(String python, boolean requested) {
        try {
            Process process = new ProcessBuilder(python, "-c", "import torch")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(IMPORT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            if (requested) {
                throw new IllegalArgumentException("Invalid --python " + python + ": cannot start it ("
                        + e.getMessage() + ")");
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] bundledScript() {
        try (InputStream in = PyTorchSide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not in the jar: build it with mvn package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "(no message; see " + log + ")" : lines.get(lines.size() - 1);
        } catch (IOException e) {
            return "(see " + log + ")";
        }
    }
}
