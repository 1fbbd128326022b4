package io.latefusion.experiment;

import io.latefusion.data.Datasets;
import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.metrics.TaskMetrics;
import io.latefusion.model.LateFusionModel;
import io.latefusion.train.EpochListener;
import io.latefusion.train.EpochRecord;
import io.latefusion.train.MissingModalitySampler;
import io.latefusion.train.Objective;
import io.latefusion.train.RobustnessCurve;
import io.latefusion.train.TrainingLoop;
import io.latefusion.train.TrainOptions;
import io.latefusion.train.TrainingRun;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one experiment config: loads the data, checks what only the data can tell (the missing
 * rates against its modalities), pre-trains (or reuses) the encoders the variants ask for, trains
 * every variant from the same seed, and writes everything into a new run folder — each epoch's
 * records as they come, so an interrupted run keeps what it finished. A run that fails once its
 * folder exists leaves a {@link RunFailure} ({@code failed.json}) in it, never a {@code summary.json}.
 */
public final class ExperimentRunner {

    private final Path resultsRoot;
    private final PrintStream progress;

    public ExperimentRunner(Path resultsRoot, PrintStream progress) {
        this.resultsRoot = resultsRoot;
        this.progress = progress;
    }

    /** Runs {@code config} in a fresh folder under the results root. */
    public ExperimentSummary run(ExperimentConfig config) {
        return run(config, null);
    }

    /**
     * Runs {@code config} in the new folder {@code <root>/<name>} (a grid cell), or in a fresh
     * time-stamped one when {@code name} is null.
     */
    public ExperimentSummary run(ExperimentConfig config, String name) {
        String started = Instant.now().toString();
        Prepared prepared = prepare(config, name);
        MultimodalDataset data = prepared.data();
        RunDirectory run = prepared.run();
        Phase phase = new Phase("pre-training");
        try {
            Objective objective = Objective.of(data, config.train().multiLabelOrStudy());
            Map<Modality, PretrainedEncoders.Saved> pretrained = pretrainRequested(config, data,
                    Objective.of(data, config.pretrain().multiLabelOrStudy()), run);
            List<VariantResult> results = new ArrayList<>();
            for (VariantConfig variant : config.variants()) {
                phase.now = "training variant " + variant.name();
                results.add(runVariant(config, variant, data, objective, pretrained, run));
            }
            ExperimentSummary summary = new ExperimentSummary(run.id(), config.name(), data.name(), config.seed(),
                    started, Environment.describe(), results, data.task());
            phase.now = "writing the summary";
            AtomicFiles.writeJson(run.path().resolve("summary.json"), summary);
            return summary;
        } catch (RuntimeException | Error e) {
            recordFailure(run, phase.now, e);
            throw e;
        }
    }

    /**
     * Pre-trains (or finds in the cache) every encoder the variants of {@code config} ask for, and
     * trains nothing else: a fresh folder under the results root holds them, where later
     * experiments under the same root reuse them.
     */
    public Map<Modality, PretrainedEncoders.Saved> pretrain(ExperimentConfig config) {
        Prepared prepared = prepare(config, null);
        try {
            return pretrainRequested(config, prepared.data(),
                    Objective.of(prepared.data(), config.pretrain().multiLabelOrStudy()), prepared.run());
        } catch (RuntimeException | Error e) {
            recordFailure(prepared.run(), "pre-training", e);
            throw e;
        }
    }

    /** The data of a run and its folder, holding the resolved config. */
    private record Prepared(MultimodalDataset data, RunDirectory run) {
    }

    /** What a run is doing, for its {@code failed.json} should it stop. */
    private static final class Phase {
        private String now;

        private Phase(String now) {
            this.now = now;
        }
    }

    /**
     * Loads the data and checks it against the config (no folder is made for a run that cannot
     * start), then creates the run folder with its config.yaml.
     */
    private Prepared prepare(ExperimentConfig config, String name) {
        long t0 = System.nanoTime();
        MultimodalDataset data = Datasets.load(config.dataset(), config.data(), config.seed());
        checkMissingRates(config, data);
        checkPretrainedEncoders(config, data);
        RunDirectory run = name == null ? RunDirectory.create(resultsRoot, config.name())
                : RunDirectory.named(resultsRoot, name);
        progress.printf("run %s → %s%n", run.id(), run.path());
        try {
            AtomicFiles.write(run.path().resolve("config.yaml"), ConfigLoader.toYaml(config));
        } catch (RuntimeException | Error e) {
            recordFailure(run, "setup", e);
            throw e;
        }
        progress.printf("data %s (%s): %d train / %d validation / %d test, modalities %s, loaded in %.1f s%n",
                data.name(), config.data().layout().name().toLowerCase(Locale.ROOT),
                data.split(io.latefusion.data.Split.TRAIN).size(),
                data.split(io.latefusion.data.Split.VALIDATION).size(),
                data.split(io.latefusion.data.Split.TEST).size(), data.modalities(), (System.nanoTime() - t0) / 1e9);
        return new Prepared(data, run);
    }

    /** Records {@code e}, raised in {@code phase}, as the run's {@code failed.json} (the caller rethrows it). */
    private static void recordFailure(RunDirectory run, String phase, Throwable e) {
        try {
            RunFailure.record(run.path(), phase, e);
        } catch (RuntimeException unrecorded) {
            e.addSuppressed(unrecorded);
        }
    }

    /** Refuses missing rates the data set cannot take, before any pre-training or training starts. */
    private void checkMissingRates(ExperimentConfig config, MultimodalDataset data) {
        try {
            MissingModalitySampler.validate(config.train().missing(), data.modalities());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(config.name() + ": " + e.getMessage() + " for data set " + data.name(), e);
        }
        Map<Modality, Double> expected = new MissingModalitySampler(data.modalities(), config.train().missing(),
                config.seed()).expectedRates();
        if (config.train().missing().entrySet().stream().anyMatch(e -> expected.get(e.getKey()) < e.getValue() - 1e-6)) {
            progress.printf("note: train.missing %s cannot be met without dropping every modality of some samples;"
                    + " the masks realise about %s%n", MissingModalitySampler.describe(config.train().missing()),
                    MissingModalitySampler.describe(rounded(expected)));
        }
    }

    /** Refuses a variant that asks for the encoder of a modality the data set lacks, before the run folder exists. */
    private static void checkPretrainedEncoders(ExperimentConfig config, MultimodalDataset data) {
        for (VariantConfig variant : config.variants()) {
            for (Modality m : variant.pretrainedEncoders().keySet()) {
                if (!data.modalities().contains(m)) {
                    throw new ConfigException(config.name() + ": variants." + variant.name()
                            + ".pretrained_encoders: the data set " + data.name() + " has no " + m.key() + " modality (it has " + data.modalities() + ")");
                }
            }
        }
    }

    /** The folder of a finished summary's run. */
    public Path folder(ExperimentSummary summary) {
        return resultsRoot.resolve(summary.runId());
    }

    private Map<Modality, PretrainedEncoders.Saved> pretrainRequested(ExperimentConfig config, MultimodalDataset data,
                                                                     Objective objective, RunDirectory run) {
        PretrainedEncoders store = new PretrainedEncoders(resultsRoot, run.path());
        Map<Modality, PretrainedEncoders.Saved> saved = new EnumMap<>(Modality.class);
        for (VariantConfig variant : config.variants()) {
            variant.pretrainedEncoders().forEach((m, source) -> {
                if (VariantConfig.AUTO.equals(source) && !saved.containsKey(m)) {
                    String label = "pretrain " + m.key();
                    PretrainedEncoders.Saved s = store.obtain(data, m, config.model().encoder(m), config.pretrain(),
                            config.seed(), objective, progressLine(label, TaskMetrics.headline(objective.task())));
                    progress.printf("[%s] %s %s (best epoch %d, %.1f s)%n", label,
                            s.reused() ? "reused" : "saved", s.params(), s.checkpoint().epoch(), s.checkpoint().seconds());
                    saved.put(m, s);
                }
            });
        }
        return saved;
    }

    private VariantResult runVariant(ExperimentConfig config, VariantConfig variant, MultimodalDataset data,
                                     Objective objective, Map<Modality, PretrainedEncoders.Saved> auto,
                                     RunDirectory run) {
        Path folder = run.path().resolve("variants").resolve(variant.name());
        TrainOptions train = config.trainOf(variant);
        if (!variant.train().isEmpty()) {
            progress.printf("[%s] trains with its own %s laid over train%n", variant.name(), variant.train());
        }
        List<EpochRecord> records = new ArrayList<>();
        TrainingRun result;
        Map<String, PretrainUse> uses;
        Map<String, Double> pretrainSeconds;
        long[] poolingParameters = {-1};
        PoolingCost pooling;
        try (VariantModel built = VariantModel.build(config, variant, data, auto)) {
            LateFusionModel model = built.model();
            uses = built.uses();
            pretrainSeconds = built.pretrainSeconds();
            EpochListener listener = progressLine(variant.name(), TaskMetrics.headline(objective.task()));
            result = new TrainingLoop(train, objective).run(variant.name(), model, data, config.seed(),
                    variant.learningRateMultipliers(), (record, best, cap) -> {
                        if (poolingParameters[0] < 0) {
                            poolingParameters[0] = model.fusion().parameterCount();
                        }
                        records.add(record);
                        AtomicFiles.writeJson(folder.resolve("epoch_metrics.json"), records);
                        listener.onEpoch(record, best, cap);
                    });
            int[] embeddingSizes = data.modalities().modalities().stream()
                    .mapToInt(m -> config.model().encoder(m).outputSize()).toArray();
            pooling = new PoolingCost(config.model().multimodalPooling().poolingType().key(),
                    config.model().multimodalPooling().missingPolicy().name().toLowerCase(Locale.ROOT),
                    poolingParameters[0], model.fusion().flopsEstimate(embeddingSizes));
        }
        Map<String, EncoderTraining> encoderTraining = new LinkedHashMap<>();
        variant.encoderTraining().forEach((m, training) -> encoderTraining.put(m.key(), training));
        Map<String, RobustnessCurve> robustness = new LinkedHashMap<>();
        result.robustness().forEach((m, curve) -> robustness.put(m.key(), curve));
        VariantResult vr = new VariantResult(variant.name(), data.name(),
                config.data().layout().name().toLowerCase(Locale.ROOT), config.seed(), data.fingerprint(),
                config.model().missing().name().toLowerCase(Locale.ROOT), pooling, encoderTraining, uses,
                MissingRate.of(train.missing(), result.epochs()), result.epochs().size(), result.bestEpoch(),
                train.selectBy(), result.stopReason(), result.epochs().get(0).validation(),
                result.testBest(), result.last().test(), robustness, result.convergence(),
                Cost.of(pretrainSeconds, result.trainSeconds(), result.testSeconds()), train, result.thresholds());
        AtomicFiles.writeJson(folder.resolve("result.json"), vr);
        String headline = TaskMetrics.headline(data.task());
        progress.printf("[%s] done: %d epochs (%s), best epoch %d, test %s %s %.4f, %.1f s%n", variant.name(),
                vr.epochsRun(), vr.stopReason(), vr.bestEpoch(), data.modalities(), headline,
                vr.testBest().metric(data.modalities().name(), headline), vr.cost().train());
        if (vr.labelThresholds() != null && vr.labelThresholds().tuned()) {
            progress.printf(Locale.ROOT, "[%s] per-label thresholds tuned on validation: validation %s %s %.4f at the"
                    + " fixed threshold, %.4f tuned%n", variant.name(), data.modalities(), headline,
                    vr.labelThresholds().validationFixed().get(headline),
                    vr.labelThresholds().validationTuned().get(headline));
        }
        if (!robustness.isEmpty()) {
            StringBuilder line = new StringBuilder("[" + variant.name() + "] robustness, test " + headline
                    + " area / relative"
                    + " as one modality goes missing:");
            robustness.forEach((m, curve) -> line.append(String.format(Locale.ROOT, " %s %.4f / %.4f", m,
                    curve.area(), curve.relative())));
            progress.println(line);
        }
        return vr;
    }

    private static Map<Modality, Double> rounded(Map<Modality, Double> rates) {
        Map<Modality, Double> out = new EnumMap<>(Modality.class);
        rates.forEach((m, rate) -> out.put(m, Math.round(rate * 1e4) / 1e4));
        return out;
    }

    private EpochListener progressLine(String label, String headline) {
        return (record, best, cap) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[%s] epoch %2d/%d  train loss %.4f",
                    label, record.epoch(), cap, record.train().loss()));
            if (record.train().missingRate().values().stream().anyMatch(rate -> rate > 0)) {
                line.append(" missing");
                record.train().missingRate().forEach((m, rate) ->
                        line.append(String.format(Locale.ROOT, " %s %.3f", m.key(), rate)));
            }
            line.append(String.format(Locale.ROOT, " | val loss %.4f %s", record.validation().loss(), headline));
            record.validation().subsets().forEach((subset, metrics) ->
                    line.append(String.format(Locale.ROOT, " %s %.3f", subset, metrics.get(headline))));
            line.append(String.format(Locale.ROOT, " | %.1f s%s", record.elapsedSeconds(), best ? "  *best" : ""));
            progress.println(line);
        };
    }
}
