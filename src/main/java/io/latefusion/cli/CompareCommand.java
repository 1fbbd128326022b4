package io.latefusion.cli;

import io.latefusion.report.compare.CompareException;
import io.latefusion.report.compare.CompareTable;
import io.latefusion.report.compare.GateOptions;
import io.latefusion.report.compare.GateReport;
import io.latefusion.report.compare.Normalisation;
import io.latefusion.report.compare.RegressionGate;
import io.latefusion.report.compare.ResultFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare BASELINE CANDIDATE}: the CI regression gate over two JMH result files. Prints the
 * comparison table to standard output and exits 1 on a regression, 0 otherwise, 2 on unusable input.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares two JMH results (-rf json files, or report.json files with a \"jmh\" array)"
                + " and fails on a regression: a benchmark worse than the tolerance whose confidence interval"
                + " does not overlap the baseline's. Benchmarks match by name, params and mode; throughput is"
                + " better higher, avgt/sample/ss times better lower."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no regression", "1:at least one regression",
                "2:unusable input: missing, corrupt, foreign or empty file, nothing in common, bad option"})
public final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BASELINE", description = "JMH JSON results or report.json of the baseline")
    Path baseline;

    @Parameters(index = "1", paramLabel = "CANDIDATE", description = "JMH JSON results or report.json to judge")
    Path candidate;

    @Option(names = "--tolerance", paramLabel = "FRACTION", defaultValue = "0.10",
            description = "Relative change that counts, as a fraction above 0 and below 10 (default: ${DEFAULT-VALUE} = 10 %%)")
    double tolerance;

    @Option(names = "--normalise", paramLabel = "none|reference", defaultValue = "none",
            description = "reference: divide every score by its file's reference benchmark (a method named"
                    + " 'reference'), to compare machines of different speed (default: ${DEFAULT-VALUE})")
    Normalisation normalise;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            GateOptions options = new GateOptions(tolerance, normalise);
            GateReport report = new RegressionGate(options).compare(ResultFile.read(baseline), ResultFile.read(candidate));
            spec.commandLine().getOut().print(CompareTable.render(report));
            spec.commandLine().getOut().flush();
            return report.hasRegression() ? 1 : 0;
        } catch (CompareException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }
}
