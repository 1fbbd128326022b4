package io.latefusion.cli;

import io.latefusion.experiment.Soak;
import io.latefusion.experiment.SoakResult;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code soak [CONFIG]}: trains the config's first (scratch) variant for {@code --epochs} epochs,
 * early stopping off, printing the memory after each, and fails (exit 1) when the process RSS
 * grew from epoch 2 to the last by more than {@code --max-growth}. Writes {@code soak.json} into a
 * new run folder under {@code --out}.
 */
@Command(name = "soak", mixinStandardHelpOptions = true, defaultValueProvider = SoakCommand.QuickConfig.class,
        description = "Trains a config's first variant for many epochs and checks that the process RSS stays flat;"
                + " exit 1 when it grew by more than --max-growth from epoch 2 to the last.")
final class SoakCommand implements Callable<Integer> {

    @Mixin
    ConfigArguments arguments;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "50",
            description = "Epochs to train (≥ 3; default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--max-growth", paramLabel = "FRACTION", defaultValue = "0.20",
            description = "RSS growth from epoch 2 to the last allowed, as a fraction (default: ${DEFAULT-VALUE})")
    double maxGrowth;

    /** CONFIG defaults to the quick AVMNIST config. */
    static final class QuickConfig implements IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec argument) {
            return argument.isPositional() && "CONFIG".equals(argument.paramLabel()) ? "configs/avmnist-quick.yaml" : null;
        }
    }

    @Override
    public Integer call() {
        if (epochs < 3) {
            throw new IllegalArgumentException("Invalid --epochs " + epochs
                    + " (expected ≥ 3: growth is measured from epoch 2 to the last)");
        }
        if (!(maxGrowth >= 0)) {
            throw new IllegalArgumentException("Invalid --max-growth " + maxGrowth + " (expected a fraction ≥ 0)");
        }
        Soak soak = new Soak(arguments.out, System.out);
        SoakResult result = soak.run(arguments.config, arguments.overrides, epochs, maxGrowth);
        Path file = soak.folder(result).resolve("soak.json");
        if (result.rssGrowth() == null) {
            System.out.println("RSS growth unknown (no /proc/self/status on this system): " + file);
            return 0;
        }
        System.out.printf(Locale.ROOT, "RSS growth epoch 2 → %d: %+.1f %% (allowed %.1f %%, goal ≤ 5 %%): %s%n",
                epochs, 100 * result.rssGrowth(), 100 * maxGrowth, file);
        if (!result.passed()) {
            System.err.printf(Locale.ROOT, "error: RSS grew %.1f %% from epoch 2 to %d, more than --max-growth %s%n",
                    100 * result.rssGrowth(), epochs, maxGrowth);
            return 1;
        }
        return 0;
    }
}
