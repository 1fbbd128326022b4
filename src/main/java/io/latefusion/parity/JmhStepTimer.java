package io.latefusion.parity;

import io.latefusion.bench.BenchSettings;
import io.latefusion.bench.TrainingBenchmarks;
import io.latefusion.experiment.Cell;
import io.latefusion.experiment.PreparedCell;
import io.latefusion.model.ParameterCounts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Our side: {@link TrainingBenchmarks#trainStep} of one cell through the JMH Runner API, in forks
 * started with {@link BenchSettings#forkArgs()} but the parity's torch thread count, each fork's
 * iteration scores kept apart. The raw result goes to {@code jmh-<cell>.json} in the run folder.
 * The parameter count comes from the cell's model built in this process.
 */
public final class JmhStepTimer implements StepTimer {

    private static final String TRAIN_STEP = "trainStep";

    @Override
    public StepThroughput time(Cell cell, ParitySettings settings, Path runFolder) {
        long parameters;
        int batch;
        try (PreparedCell prepared = PreparedCell.prepare(cell, runFolder.resolve("cache"), List.of())) {
            parameters = ParameterCounts.parameterCount(prepared.session().block());
            batch = prepared.config().train().batchSize();
        }
        Options options = new OptionsBuilder()
                .include(java.util.regex.Pattern.quote(TrainingBenchmarks.class.getName() + "." + TRAIN_STEP) + "$")
                .param("dataset", cell.dataset())
                .param("pretrain", cell.pretrain())
                .param("pooling", cell.pooling())
                .param("scale", cell.scale())
                .param("threads", String.valueOf(settings.threads()))
                .forks(settings.forks())
                .warmupIterations(settings.warmup())
                .warmupTime(TimeValue.seconds(settings.seconds()))
                .measurementIterations(settings.iterations())
                .measurementTime(TimeValue.seconds(settings.seconds()))
                .timeUnit(TimeUnit.SECONDS)
                .jvmArgsAppend(forkArgs(settings.threads(), runFolder).toArray(String[]::new))
                .result(runFolder.resolve("jmh-" + cell.id() + ".json").toString())
                .resultFormat(ResultFormatType.JSON)
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (RunnerException e) {
            throw new ParityException(cell.id() + ": JMH failed: " + e.getMessage(), e);
        }
        if (results.size() != 1) {
            throw new ParityException(cell.id() + ": JMH produced " + results.size() + " results, expected one"
                    + " (see its output above)");
        }
        List<double[]> forks = new ArrayList<>();
        for (BenchmarkResult fork : results.iterator().next().getBenchmarkResults()) {
            forks.add(fork.getIterationResults().stream().mapToDouble(i -> i.getPrimaryResult().getScore()).toArray());
        }
        return new StepThroughput(cell.id(), parameters, batch, settings.threads(), forks);
    }

    /** The benchmark forks' arguments at {@code threads} torch threads, caching into the run folder. */
    static List<String> forkArgs(int threads, Path runFolder) {
        List<String> args = new ArrayList<>();
        for (String arg : BenchSettings.forkArgs()) {
            args.add(arg.equals(BenchSettings.THREADS) ? "-Dai.djl.pytorch.num_threads=" + threads : arg);
        }
        args.add("-D" + BenchSettings.CACHE + "=" + runFolder.resolve("cache").toAbsolutePath());
        return args;
    }
}
