package io.latefusion.parity;

import io.latefusion.experiment.AtomicFiles;
import io.latefusion.experiment.Environment;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of one parity run, written as {@code parity.json} and {@code parity.md} (each
 * atomically) into the run folder: per cell our step, PyTorch's, the ratio with its interval, the
 * goal and the verdict — or, when PyTorch is absent, our figures alone under the note.
 *
 * @param runId    the run folder's id
 * @param settings how both sides were timed
 * @param ours     our throughput per cell, in cell order
 * @param pytorch  PyTorch's measurements or the skip note
 * @param cells    the comparisons, in cell order (empty when skipped)
 */
public record ParityReport(String runId, ParitySettings settings, List<StepThroughput> ours, PyTorchOutcome pytorch,
                           List<CellParity> cells) {

    public ParityReport {
        ours = List.copyOf(ours);
        cells = List.copyOf(cells);
    }

    /** Writes {@code parity.json} and {@code parity.md} into {@code folder}; returns the markdown. */
    public String write(Path folder) {
        String markdown = markdown();
        AtomicFiles.writeJson(folder.resolve("parity.json"), json());
        AtomicFiles.write(folder.resolve("parity.md"), markdown);
        return markdown;
    }

    /** The report as markdown: the settings, then one table row per cell. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# Parity with PyTorch: ").append(runId).append("\n\n");
        md.append(String.format(Locale.ROOT, "trainStep, %d thread(s), %d fork(s) × (%d warm-up + %d measured)"
                        + " iterations of %d s on each side.%n%n", settings.threads(), settings.forks(),
                settings.warmup(), settings.iterations(), settings.seconds()));
        if (pytorch instanceof PyTorchOutcome.Skipped skipped) {
            md.append(skipped.note()).append("\n\n| cell | params | batch | our step (ms) |\n|---|---:|---:|---:|\n");
            for (StepThroughput o : ours) {
                md.append(String.format(Locale.ROOT, "| %s | %,d | %d | %.2f |%n", o.cell(), o.parameters(), o.batch(),
                        o.stepMillis()));
            }
            return md.toString();
        }
        PyTorchOutcome.Measured measured = (PyTorchOutcome.Measured) pytorch;
        md.append("PyTorch ").append(measured.torchVersion()).append(" eager (").append(measured.python())
                .append("; BLAS: ").append(measured.blas()).append("). Ratio = our step time / PyTorch's (above 1: ours is slower), with its ")
                .append(levelText()).append(" two-level bootstrap interval (forks, then iterations).\n\n")
                .append("| cell | params (ours) | params (PyTorch) | batch | our step (ms) | PyTorch step (ms) | ratio | ")
                .append(levelText()).append(" CI | goal | verdict |\n|---|---:|---:|---:|---:|---:|---:|---|---:|---|\n");
        for (CellParity c : cells) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %d | %.2f | %.2f | %.3f | [%.3f, %.3f] | ≤ %.2f | %s |%n",
                    c.ours().cell(), c.ours().parameters(), c.pytorch().parameters(), c.ours().batch(), c.ours().stepMillis(),
                    c.pytorch().stepMillis(), c.ratio().ratio(), c.ratio().low(), c.ratio().high(), c.goal(),
                    c.verdict()));
        }
        return md.toString();
    }

    private String levelText() {
        double level = cells.isEmpty() ? 0.99 : cells.get(0).ratio().level();
        return String.format(Locale.ROOT, "%.0f %%", level * 100);
    }

    private Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run_id", runId);
        root.put("written", Instant.now().toString());
        root.put("settings", settings);
        root.put("environment", Environment.describe());
        if (pytorch instanceof PyTorchOutcome.Measured m) {
            root.put("python", m.python());
            root.put("torch_version", m.torchVersion());
            root.put("blas", m.blas());
        } else {
            root.put("skipped", ((PyTorchOutcome.Skipped) pytorch).note());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            StepThroughput o = ours.get(i);
            row.put("cell", o.cell());
            row.put("parameters", o.parameters());
            row.put("batch", o.batch());
            row.put("ours", side(o));
            if (i < cells.size()) {
                CellParity c = cells.get(i);
                row.put("pytorch", side(c.pytorch()));
                row.put("ratio", c.ratio().ratio());
                row.put("ci_low", c.ratio().low());
                row.put("ci_high", c.ratio().high());
                row.put("level", c.ratio().level());
                row.put("goal", c.goal());
                row.put("verdict", c.verdict().toString());
            }
            rows.add(row);
        }
        root.put("cells", rows);
        return root;
    }

    private static Map<String, Object> side(StepThroughput t) {
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("parameters", t.parameters());
        side.put("step_ms", t.stepMillis());
        side.put("ops_per_s", t.samples().mean());
        side.put("threads", t.threads());
        side.put("forks", t.forks());
        return side;
    }
}
