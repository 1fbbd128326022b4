package io.latefusion.cli;

import io.latefusion.experiment.ConfigLoader;
import io.latefusion.experiment.ExperimentConfig;
import io.latefusion.experiment.ExperimentRunner;
import io.latefusion.experiment.ExperimentSummary;
import io.latefusion.experiment.AtomicFiles;
import io.latefusion.report.SummaryTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code experiment CONFIG}: pre-train, train every variant, print and save the comparison table. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Runs an experiment config: pre-trains what the variants need, trains each variant,"
                + " prints the scratch-vs-pretrained table. Output goes to a new folder under --out.")
final class ExperimentCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG",
            description = "YAML config file (a bundled one is found by its name, e.g. configs/avmnist-quick.yaml)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Results root; each run gets a new folder in it (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Overrides a config key, e.g. --set train.epochs=3 --set data.layout=thesis (repeatable)")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() {
        return run(config, out, overrides);
    }

    /** Runs {@code config} with {@code overrides} into a new folder under {@code out}; prints the table. */
    static int run(Path config, Path out, List<String> overrides) {
        ExperimentConfig cfg = ConfigLoader.load(config, overrides);
        ExperimentRunner runner = new ExperimentRunner(out, System.out);
        ExperimentSummary summary = runner.run(cfg);
        String table = SummaryTable.render(summary);
        AtomicFiles.write(runner.folder(summary).resolve("summary.md"),
                "# " + cfg.name() + " — run " + summary.runId() + "\n\n" + table);
        System.out.println();
        System.out.println(table);
        System.out.println("results: " + runner.folder(summary));
        return 0;
    }
}
