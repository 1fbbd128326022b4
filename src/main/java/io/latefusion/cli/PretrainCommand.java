package io.latefusion.cli;

import io.latefusion.experiment.ConfigException;
import io.latefusion.experiment.ConfigLoader;
import io.latefusion.experiment.ExperimentConfig;
import io.latefusion.experiment.ExperimentRunner;
import io.latefusion.experiment.GridCell;
import io.latefusion.experiment.PretrainedEncoders;
import io.latefusion.data.Modality;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code pretrain CONFIG}: only the monomodal pre-training of an experiment — every encoder its
 * variants pre-train ({@code auto}), saved under {@code --out} where later experiments with the same
 * results root find and reuse them. Prints one line per pre-training epoch; a non-finite loss stops
 * it with exit 2. What the NaN probe ({@code bench/nan-probe.sh}) runs in many fresh JVMs.
 */
@Command(name = "pretrain", mixinStandardHelpOptions = true,
        description = "Pre-trains the encoders an experiment config's variants ask for (and nothing else);"
                + " later experiments under the same --out reuse them.")
final class PretrainCommand implements Callable<Integer> {

    @Mixin
    ConfigArguments arguments;

    @Override
    public Integer call() {
        List<GridCell> cells = ConfigLoader.loadGrid(arguments.config, arguments.overrides, null);
        if (cells.size() != 1 || !cells.get(0).name().isEmpty()) {
            throw new ConfigException(arguments.config + ": pretrain takes a config without a grid section (it has "
                    + cells.size() + " cells)");
        }
        ExperimentConfig cfg = cells.get(0).config();
        Map<Modality, PretrainedEncoders.Saved> saved = new ExperimentRunner(arguments.out, System.out).pretrain(cfg);
        if (saved.isEmpty()) {
            System.out.println("no variant of " + cfg.name() + " pre-trains an encoder (pretrained_encoders: auto)");
        }
        return 0;
    }
}
