package io.latefusion.experiment;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The companion of the JMH benchmarks: trains each benchmarked cell to convergence (or its epoch
 * cap) with the same config and seed, recording what JMH cannot — epoch records, the convergence
 * epoch, seconds to target, test scores per modality subset and the time breakdown. Each cell is
 * an experiment run under {@code root}; pre-trained encoders are made once and reused by every
 * cell (and every benchmark fork) pointed at the same root.
 */
public final class QualityRunner {

    private final Path root;
    private final PrintStream progress;

    public QualityRunner(Path root, PrintStream progress) {
        this.root = root;
        this.progress = progress;
    }

    /** Trains every cell in turn; returns their summaries in order. */
    public List<ExperimentSummary> run(List<Cell> cells, List<String> overrides) {
        List<ExperimentSummary> summaries = new ArrayList<>();
        ExperimentRunner runner = new ExperimentRunner(root, progress);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            progress.printf("%n== quality %d/%d: %s ==%n", i + 1, cells.size(), cell.id());
            summaries.add(runner.run(cell.config(overrides)));
        }
        return summaries;
    }
}
