package io.latefusion.cli;

import io.latefusion.experiment.Cell;
import io.latefusion.parity.JmhStepTimer;
import io.latefusion.parity.ParityException;
import io.latefusion.parity.ParityRun;
import io.latefusion.parity.ParitySettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parity}: our {@code trainStep} of some cells through JMH, then the same models in PyTorch
 * eager ({@code bench/pytorch_parity.py}, bundled in the jar), at the same threads, batch and
 * iteration settings; prints and writes the step-time ratios with their 99 % intervals against the
 * goals ({@code docs/parity.md}).
 */
@Command(name = "parity", mixinStandardHelpOptions = true,
        description = {"Times our training step against PyTorch eager on the same models (docs/parity.md):"
                + " JMH trainStep, then bench/pytorch_parity.py; writes parity.json and parity.md into a new run"
                + " folder. Without PyTorch: our figures alone."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared (or PyTorch absent: ours alone)",
            "1:not comparable: the models' parameter counts differ, or the PyTorch script failed",
            "2:bad option"})
final class ParityCommand implements Callable<Integer> {

    @Option(names = "--models", split = ",", paramLabel = "IDS",
            description = "Comma-separated cell ids, pretrain none (default: the four the PyTorch script"
                    + " has: ${DEFAULT-VALUE})",
            defaultValue = "avmnist-none-concat-quick,avmnist-none-concat-study,mmimdb-none-gmu_scalar-quick,"
                    + "mosi-none-concat-quick")
    List<String> models;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "torch intra-op threads on both sides (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--python", paramLabel = "PATH",
            description = "The interpreter (default: the first of python3, /usr/bin/python3 that imports torch)")
    String python;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Results root; the run gets a new folder in it (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--forks", paramLabel = "N", defaultValue = "2", description = "Forks (default: ${DEFAULT-VALUE})")
    int forks;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Warm-up iterations per fork (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "3",
            description = "Measurement iterations per fork (default: ${DEFAULT-VALUE})")
    int iterations;

    @Option(names = "--time", paramLabel = "SECONDS", defaultValue = "3",
            description = "Seconds per iteration (default: ${DEFAULT-VALUE})")
    int seconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ParitySettings settings = new ParitySettings(threads, forks, warmup, iterations, seconds);
        List<Cell> cells = cells(models);
        try {
            new ParityRun(new JmhStepTimer(), python, System.out).run(cells, settings, out);
            return 0;
        } catch (ParityException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }

    /** The cells of the ids, each with pretrain none: a parity step needs no pre-trained encoders. */
    static List<Cell> cells(List<String> ids) {
        List<Cell> cells = new ArrayList<>();
        for (String id : ids) {
            Cell cell;
            try {
                cell = Cell.parse(id.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid --models entry '" + id + "': " + e.getMessage());
            }
            if (!cell.pretrain().equals("none")) {
                throw new IllegalArgumentException("Invalid --models entry '" + id + "': expected pretrain none"
                        + " (e.g. " + cell.dataset() + "-none-" + cell.pooling() + "-" + cell.scale()
                        + "): the step is the same, and none needs no pre-training");
            }
            cells.add(cell);
        }
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("Invalid --models: expected at least one cell id");
        }
        return cells;
    }
}
