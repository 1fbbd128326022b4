package io.latefusion.parity;

import io.latefusion.experiment.Cell;
import io.latefusion.experiment.RunDirectory;
import io.latefusion.stats.RatioBootstrap;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One parity run: checks the PyTorch script has every cell, times our step of each cell, then
 * PyTorch's, compares them and writes the report into a new run folder under the results root.
 */
public final class ParityRun {

    /** The ratio's interval: 99 %, percentile, seeded, so a run's files always give the same interval. */
    static final RatioBootstrap BOOTSTRAP = new RatioBootstrap(0.99, 10_000, 20_261_204L,
            RatioBootstrap.Method.PERCENTILE);

    private final StepTimer ours;
    private final String python;
    private final PrintStream out;

    /**
     * @param ours   times our side
     * @param python the interpreter to use ({@code --python}), or {@code null} to look for one
     * @param out    where progress and the table go
     */
    public ParityRun(StepTimer ours, String python, PrintStream out) {
        this.ours = ours;
        this.python = python;
        this.out = out;
    }

    /** Runs {@code cells} under {@code settings} into a new folder under {@code resultsRoot}. */
    public ParityReport run(List<Cell> cells, ParitySettings settings, Path resultsRoot) {
        RunDirectory run = RunDirectory.create(resultsRoot, "parity");
        out.printf("run %s → %s%n", run.id(), run.path());
        PyTorchSide pytorch = PyTorchSide.locate(python, run.path());
        if (pytorch.python().isPresent()) {
            List<String> known = pytorch.knownCells(run.path());
            for (Cell cell : cells) {
                if (!known.contains(cell.id())) {
                    throw new IllegalArgumentException("Invalid --models entry '" + cell.id()
                            + "': bench/pytorch_parity.py has no model for it (expected one of "
                            + String.join(", ", known) + ")");
                }
            }
        }
        List<StepThroughput> ourSteps = new ArrayList<>();
        for (Cell cell : cells) {
            out.printf("%n== ours: %s ==%n", cell.id());
            ourSteps.add(ours.time(cell, settings, run.path()));
        }
        out.printf("%n== PyTorch ==%n");
        PyTorchOutcome outcome = pytorch.measure(cells, settings, run.path());
        List<CellParity> compared = new ArrayList<>();
        if (outcome instanceof PyTorchOutcome.Measured measured) {
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                compared.add(CellParity.of(ourSteps.get(i), measured.cells().get(cell.id()),
                        ParityGoal.of(cell.config(List.of()).model()), BOOTSTRAP));
            }
        }
        ParityReport report = new ParityReport(run.id(), settings, ourSteps, outcome, compared);
        out.println();
        out.print(report.write(run.path()));
        out.printf("%nwritten: %s, %s%n", run.path().resolve("parity.json"), run.path().resolve("parity.md"));
        return report;
    }
}
