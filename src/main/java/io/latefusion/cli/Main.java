package io.latefusion.cli;

import io.latefusion.data.DataException;
import io.latefusion.data.HeapAdvice;
import io.latefusion.experiment.ConfigException;
import io.latefusion.experiment.ErrorLine;
import io.latefusion.experiment.OutputException;
import io.latefusion.train.TrainingDivergedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The entry point of {@code benchmarks.jar}. No arguments: the default benchmark suite on the
 * embedded synthetic data, then the unified report. JMH options (anything that is not one of the
 * commands): passed through to JMH, then the report. Commands: experiment, pretrain, soak, report, compare, list, parity.
 */
@Command(name = "benchmarks.jar", mixinStandardHelpOptions = true, version = "latefusion-bench 0.1.0",
        description = {"Does pre-training each modality's encoder pay off for late fusion? Measured on the JVM.",
            "",
            "  java -jar benchmarks.jar                  the default suite (quick grid, synthetic data) + report",
            "  java -jar benchmarks.jar [JMH options]    e.g. -p pretrain=none,all -f 1 -wi 0 -i 2 trainStep",
            ""},
        subcommands = {ExperimentCommand.class, PretrainCommand.class, SoakCommand.class, ReportCommand.class, CompareCommand.class, ListCommand.class,
            ParityCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    private static final Set<String> OWN = Set.of("experiment", "pretrain", "soak", "report", "compare", "list", "parity", "help",
            "--help", "--version", "-V");
    private static final String VERBOSE = "--verbose";

    @Option(names = VERBOSE, scope = ScopeType.INHERIT,
            description = "On an error, print its stack trace too (else bad input prints one line)")
    boolean verbose;

    public static void main(String[] args) throws Exception {
        System.exit(NativeMemoryTuning.inEffect() ? execute(args) : NativeMemoryTuning.relaunch(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failure or regression, 2 bad input). */
    public static int execute(String... args) {
        EngineSetup.apply();
        if (args.length > 0 && !OWN.contains(args[0])) {
            boolean verbose = args[0].equals(VERBOSE);
            String[] jmh = verbose ? Arrays.copyOfRange(args, 1, args.length) : args;
            if (verbose && jmh.length > 0 && OWN.contains(jmh[0])) {
                return commands(args);
            }
            return guard(() -> new BenchmarkLauncher(Path.of("results")).passThrough(jmh), verbose);
        }
        return commands(args);
    }

    /** Runs one of the picocli commands; bad input is one line on stderr and exit code 2. */
    private static int commands(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (isBadInput(e)) {
                report(e, commandLine.getErr(), verbose(parseResult));
                return 2;
            }
            throw e;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(e);
        }
    }

    /** Whether {@code --verbose} was given to the command or to any of its parents. */
    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    /** Prints bad input as the one line {@code error: <message>}, then its stack trace when {@code verbose}. */
    private static void report(Exception e, PrintWriter err, boolean verbose) {
        err.println("error: " + ErrorLine.of(e));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    @Override
    public Integer call() throws Exception {
        return new BenchmarkLauncher(Path.of("results")).defaultSuite();
    }

    private static int guard(Callable<Integer> action, boolean verbose) {
        try {
            return action.call();
        } catch (OutOfMemoryError e) {
            return outOfMemory(e);
        } catch (Exception e) {
            if (isBadInput(e)) {
                report(e, new PrintWriter(System.err, true), verbose);
                return 2;
            }
            System.err.println("error: " + e);
            e.printStackTrace();
            return 1;
        }
    }

    /** One line on stderr for a heap that ran out (data loading reports its own, naming the data). */
    private static int outOfMemory(OutOfMemoryError e) {
        System.err.println("error: " + HeapAdvice.heap() + " ran out (" + e.getMessage() + "); "
                + HeapAdvice.moreHeap(0) + " or use less data or a smaller batch via --set"
                + " (e.g. train.batch_size, data.synthetic.train)");
        return 2;
    }

    /** Input the user can fix: a config, the data, a diverging setting, an option, or an output folder that cannot be written. */
    private static boolean isBadInput(Exception e) {
        return e instanceof ConfigException || e instanceof DataException || e instanceof TrainingDivergedException
                || e instanceof IllegalArgumentException || e instanceof CommandLineOptionException
                || e instanceof OutputException;
    }
}
