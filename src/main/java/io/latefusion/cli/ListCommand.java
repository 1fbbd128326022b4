package io.latefusion.cli;

import io.latefusion.data.Datasets;
import io.latefusion.data.TaskType;
import io.latefusion.experiment.Cell;
import io.latefusion.experiment.ConfigLoader;
import io.latefusion.experiment.PretrainMask;
import io.latefusion.metrics.TaskMetrics;
import io.latefusion.model.fusion.FusionType;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import picocli.CommandLine.Command;

/** {@code list}: the benchmarks in the jar and the values each grid parameter may take. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the benchmarks and their parameters (-p NAME=V1,V2 selects values).")
final class ListCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        new Runner(new OptionsBuilder().include("io\\.latefusion\\.bench\\..*").build()).list();
        System.out.println();
        System.out.println("Parameters (default first; -p NAME=V1,V2 to choose):");
        System.out.println("  dataset   " + String.join(", ", Datasets.NAMES));
        for (String dataset : Datasets.NAMES) {
            System.out.println("  pretrain  " + PretrainMask.validValues(Datasets.modalities(dataset))
                    + "   (" + dataset + ")");
        }
        System.out.println("  pooling   " + FusionType.validNames());
        for (String dataset : Datasets.NAMES) {
            System.out.println("  scale     " + String.join(", ", Cell.scales(dataset)) + "   (" + dataset + ")");
        }
        System.out.println("  batch     rows per inference request (inference only): 1, 64 or any up to the test size");
        System.out.println();
        System.out.println("Metrics (select_by: loss or one of these; target.metric: one of these; by the data set's default task):");
        for (String dataset : Datasets.NAMES) {
            TaskType task = ConfigLoader.parse(dataset + " defaults", "dataset: " + dataset, List.of()).data().task();
            System.out.printf("  %-9s %s%n", dataset, String.join(", ", TaskMetrics.names(task)));
        }
        return 0;
    }
}
