package io.latefusion.cli;

import io.latefusion.experiment.AtomicFiles;
import io.latefusion.report.compare.Calibration;
import io.latefusion.report.compare.CompareException;
import io.latefusion.report.compare.CompareTable;
import io.latefusion.report.compare.GateOptions;
import io.latefusion.report.compare.GateReport;
import io.latefusion.report.compare.GithubBenchmark;
import io.latefusion.report.compare.History;
import io.latefusion.report.compare.JunitReport;
import io.latefusion.report.compare.MarkdownSummary;
import io.latefusion.report.compare.Normalisation;
import io.latefusion.report.compare.RegressionGate;
import io.latefusion.report.compare.ResultFile;
import io.latefusion.stats.EDivisive;
import io.latefusion.stats.RatioBootstrap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare BASELINE CANDIDATE}: the CI regression gate over two JMH result files, deciding
 * from their raw samples; {@code compare --calibrate RUN...}: the gate's false-alarm rate over
 * repeated runs of one commit; {@code compare --history DIR}: change points over a series of results.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares two JMH results (-rf json files, or report.json files with a \"jmh\" array)"
                + " from their raw samples: the ratio candidate/baseline of the means with a seeded bootstrap"
                + " interval (forks, then iterations, resampled). A benchmark regresses when the whole interval"
                + " is worse than --threshold (throughput: below 1 - threshold; avgt/sample/ss times: above"
                + " 1 + threshold), improves when wholly better by as much, else is within noise. Benchmarks match"
                + " by name, params and mode.",
            "  compare --calibrate RUN1 RUN2 ...   judges every ordered pair of repeated runs of one commit:"
                + " the false-alarm rate at these settings",
            "  compare --history DIR               change points (E-divisive means) over the results in DIR,"
                + " in the order they were measured"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no regression (--calibrate, --history: done)",
                "1:at least one regression",
                "2:unusable input: missing, corrupt, foreign or empty file, nothing in common, bad option value,"
                        + " an output that cannot be written",
                "3:undecidable: no regression, but a compared benchmark has too few samples on a side (--min-samples)"})
public final class CompareCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "BASELINE CANDIDATE (JMH JSON or report.json); with --calibrate, two or more repeated runs")
    List<Path> files = new ArrayList<>();

    @Option(names = "--calibrate", description = "Judge every ordered pair of FILEs (repeated runs of one commit)"
            + " and report the false alarms")
    boolean calibrate;

    @Option(names = "--history", paramLabel = "DIR", description = "Find change points over every result in DIR"
            + " (JMH JSON files, run folders with report.json), ordered by when they were measured")
    Path history;

    @Option(names = "--threshold", paramLabel = "FRACTION", defaultValue = "0.05",
            description = "Change that counts, a fraction above 0 and below 1 (default: ${DEFAULT-VALUE} = 5 %%)")
    double threshold;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "0.99",
            description = "Confidence level of the interval, above 0 and below 1 (default: ${DEFAULT-VALUE})")
    double level;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "10000",
            description = "Bootstrap resamples, at least 100 (default: ${DEFAULT-VALUE})")
    int resamples;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Seed of the bootstrap (and of --history's permutation tests): the same files always get the"
                    + " same verdict (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--method", paramLabel = "percentile|bca", defaultValue = "bca",
            description = "Bootstrap interval: percentile, or bias-corrected and accelerated (default: ${DEFAULT-VALUE})")
    RatioBootstrap.Method method;

    @Option(names = "--min-samples", paramLabel = "N", defaultValue = "5",
            description = "Samples (iterations over all forks) a side needs to decide, at least 2; fewer: exit 3"
                    + " (default: ${DEFAULT-VALUE})")
    int minSamples;

    @Option(names = "--normalise", paramLabel = "none|reference", defaultValue = "none",
            description = "reference: divide each side by its file's reference benchmark (a method named"
                    + " 'reference'), to compare machines of different speed (default: ${DEFAULT-VALUE})")
    Normalisation normalise;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write a markdown summary (for a pull-request comment)")
    Path markdown;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write JUnit XML: a testcase per benchmark")
    Path junit;

    @Option(names = "--github-benchmark", paramLabel = "DIR", description = "Also write bigger-is-better.json and"
            + " smaller-is-better.json for github-action-benchmark (the candidate's scores)")
    Path githubBenchmark;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            GateOptions options = new GateOptions(threshold, level, resamples, seed, method, minSamples, normalise);
            if (calibrate && history != null) {
                throw new CompareException("--calibrate and --history exclude each other: give one");
            }
            boolean outputs = markdown != null || junit != null || githubBenchmark != null;
            if ((calibrate || history != null) && outputs) {
                throw new CompareException("--markdown, --junit and --github-benchmark go with a comparison of two"
                        + " files, not with " + (calibrate ? "--calibrate" : "--history"));
            }
            if (history != null) {
                return history(options);
            }
            if (calibrate) {
                return calibrate(options);
            }
            return gate(options);
        } catch (CompareException e) {
            err().println("error: " + e.getMessage());
            err().flush();
            return 2;
        }
    }

    private int gate(GateOptions options) {
        if (files.size() != 2) {
            throw new CompareException("compare takes BASELINE and CANDIDATE, got " + files.size() + " file(s)"
                    + (files.size() > 2 ? "; for repeated runs of one commit use --calibrate" : ""));
        }
        ResultFile base = ResultFile.read(files.get(0));
        ResultFile cand = ResultFile.read(files.get(1));
        GateReport report = new RegressionGate(options).compare(base, cand);
        report.warnings().forEach(w -> err().println("WARNING: " + w));
        err().flush();
        if (markdown != null) {
            AtomicFiles.write(markdown, MarkdownSummary.render(report, base, cand));
        }
        if (junit != null) {
            AtomicFiles.write(junit, JunitReport.render(report));
        }
        if (githubBenchmark != null) {
            GithubBenchmark.write(report, githubBenchmark);
        }
        print(CompareTable.render(report));
        return report.hasRegression() ? 1 : report.hasUndecidable() ? 3 : 0;
    }

    private int calibrate(GateOptions options) {
        if (files.size() < 2) {
            throw new CompareException("--calibrate needs two or more repeated runs of one commit, got " + files.size());
        }
        List<ResultFile> runs = files.stream().map(ResultFile::read).toList();
        print(Calibration.run(runs, new RegressionGate(options)).render());
        return 0;
    }

    private int history(GateOptions options) {
        if (!files.isEmpty()) {
            throw new CompareException("--history DIR takes no FILE arguments, got " + files.size());
        }
        History found = History.read(this.history);
        found.warnings().forEach(w -> err().println("WARNING: " + w));
        err().flush();
        print(found.render(options.normalisation(),
                new EDivisive(History.PERMUTATIONS, History.SIGNIFICANCE, History.MIN_SEGMENT, seed)));
        return 0;
    }

    private void print(String text) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
