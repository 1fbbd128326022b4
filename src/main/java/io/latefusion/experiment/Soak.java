package io.latefusion.experiment;

import io.latefusion.data.Datasets;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.train.MemorySample;
import io.latefusion.train.Objective;
import io.latefusion.train.TrainingLoop;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The soak run: a config's first variant trained from scratch for a fixed number of epochs
 * (early stopping off) through the same {@link TrainingLoop} experiments use, the memory sampled
 * after every epoch; then {@code soak.json} in a new run folder. Flat memory means the per-batch
 * NDArrays are freed: a leak makes the RSS climb epoch after epoch.
 */
public final class Soak {

    private final Path resultsRoot;
    private final PrintStream progress;

    public Soak(Path resultsRoot, PrintStream progress) {
        this.resultsRoot = resultsRoot;
        this.progress = progress;
    }

    /**
     * Trains {@code configFile}'s first variant (with {@code overrides}) for {@code epochs} epochs and
     * writes the result; {@code maxGrowth} is the RSS growth (a fraction) the run may show and pass.
     *
     * @throws ConfigException when the config is a grid or its first variant uses pre-trained encoders
     */
    public SoakResult run(Path configFile, List<String> overrides, int epochs, double maxGrowth) {
        List<String> sets = new ArrayList<>(overrides);
        sets.add("train.epochs=" + epochs);
        sets.add("train.early_stopping.enabled=false");
        ExperimentConfig config = ConfigLoader.load(configFile, sets);
        VariantConfig variant = config.variants().get(0);
        if (!variant.pretrainedEncoders().isEmpty()) {
            throw new ConfigException(configFile + ": soak trains the first variant from scratch, and variants."
                    + variant.name() + " uses pre-trained encoders " + variant.pretrainedEncoders().keySet());
        }
        NativeLeak leak = NativeLeak.fromProperty();
        MultimodalDataset data = Datasets.load(config.dataset(), config.data(), config.seed());
        Objective objective = Objective.of(data, config.train().multiLabelOrStudy());
        RunDirectory run = RunDirectory.create(resultsRoot, config.name() + "-soak");
        List<SoakEpoch> records = new ArrayList<>();
        try (leak; VariantModel built = VariantModel.build(config, variant, data, Map.of())) {
            double[] before = {0};
            new TrainingLoop(config.trainOf(variant), objective).run(variant.name(), built.model(), data,
                    config.seed(), variant.learningRateMultipliers(), (record, best, cap) -> {
                        SoakEpoch epoch = new SoakEpoch(record.epoch(), record.elapsedSeconds() - before[0],
                                record.memory());
                        before[0] = record.elapsedSeconds();
                        records.add(epoch);
                        progress.println(line(epoch, cap));
                        leak.epoch();
                    });
        }
        Double growth = SoakResult.rssGrowth(records);
        SoakResult result = new SoakResult(run.id(), configFile.toString(), variant.name(), config.seed(), epochs,
                maxGrowth, leak.bytesPerEpoch(), List.copyOf(overrides), Environment.describe(), List.copyOf(records), growth,
                growth == null || growth <= maxGrowth);
        AtomicFiles.writeJson(run.path().resolve("soak.json"), result);
        return result;
    }

    /** The folder a result was written to. */
    public Path folder(SoakResult result) {
        return resultsRoot.resolve(result.runId());
    }

    private static String line(SoakEpoch epoch, int cap) {
        MemorySample m = epoch.memory();
        return String.format(Locale.ROOT, "[soak] epoch %d/%d  rss %s  heap %.1f / %.1f MB  direct %.1f MB"
                        + "  ndarrays %d (%.1f MB)  %.1f s", epoch.epoch(), cap,
                m.rssBytes() == null ? "unknown" : String.format(Locale.ROOT, "%.1f MB", m.rssBytes() / 1e6),
                m.heapUsedBytes() / 1e6, m.heapCommittedBytes() / 1e6, m.directBufferBytes() / 1e6, m.liveNdarrays(), m.liveNdarrayBytes() / 1e6,
                epoch.seconds());
    }
}
