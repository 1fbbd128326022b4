package io.latefusion.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that runs a config takes: the config, the results root, and key overrides (a picocli mixin). */
final class ConfigArguments {

    @Parameters(index = "0", paramLabel = "CONFIG",
            description = "YAML config file (a bundled one is found by its name, e.g. configs/avmnist-quick.yaml)")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Results root; each run gets a new folder in it (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Overrides a config key, e.g. --set train.epochs=3 --set data.layout=thesis (repeatable)")
    List<String> overrides = new ArrayList<>();
}
