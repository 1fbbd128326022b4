package io.latefusion.cli;

import io.latefusion.data.DataException;
import io.latefusion.experiment.ConfigException;
import io.latefusion.train.TrainingDivergedException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point of {@code benchmarks.jar}. With no arguments it runs the quick AVMNIST
 * experiment on the embedded synthetic data; {@code experiment CONFIG} runs any config.
 */
@Command(name = "benchmarks.jar", mixinStandardHelpOptions = true, version = "latefusion-bench 0.1.0",
        description = "Does pre-training each modality's encoder pay off for late fusion? Measured on the JVM.%n"
                + "Without a command: runs configs/avmnist-quick.yaml (synthetic data, scratch vs pre-trained).",
        subcommands = {ExperimentCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    /** The config run when no command is given. */
    static final String DEFAULT_CONFIG = "configs/avmnist-quick.yaml";

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 2 bad input, 1 unexpected failure). */
    public static int execute(String... args) {
        EngineSetup.apply();
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException || e instanceof DataException || e instanceof TrainingDivergedException
                    || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        return ExperimentCommand.run(Path.of(DEFAULT_CONFIG), Path.of("results"), List.of());
    }
}
