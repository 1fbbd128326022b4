package io.latefusion.report.research;

import io.latefusion.data.TaskType;
import io.latefusion.experiment.AtomicFiles;
import io.latefusion.experiment.ConfigLoader;
import io.latefusion.experiment.Cost;
import io.latefusion.experiment.ExperimentSummary;
import io.latefusion.experiment.GridCell;
import io.latefusion.experiment.PoolingCost;
import io.latefusion.experiment.PretrainUse;
import io.latefusion.experiment.VariantResult;
import io.latefusion.train.Convergence;
import io.latefusion.train.EpochRecord;
import io.latefusion.train.PhaseRecord;
import io.latefusion.train.Timing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes results folders as the experiment runner does — config.yaml, variants/&lt;v&gt;/result.json
 * and epoch_metrics.json, grid.json — with made-up numbers and no training: pre-trained arms
 * score higher and converge in fewer epochs; each seed shifts every score a little.
 */
final class ResultsFixture {

    static final List<String> SUBSETS = List.of("AI", "A", "I");

    private ResultsFixture() {
    }

    /** A grid folder: pooling {concat, sum} × pretrain {none, all} × seeds, from a real config's cells. */
    static Path grid(Path dir, int seeds) throws Exception {
        StringBuilder seedList = new StringBuilder();
        for (int s = 1; s <= seeds; s++) {
            seedList.append(s == 1 ? "" : ", ").append(s);
        }
        Path config = Files.writeString(dir.resolve("grid.yaml"), "name: fixture\nseeds: [" + seedList
                + "]\ngrid: {pooling: [concat, sum], pretrain: [none, all]}\n");
        List<GridCell> cells = ConfigLoader.loadGrid(config, List.of("train.target.value=0.9"));
        Path folder = dir.resolve("fixture-grid");
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("cells", cells.stream().map(GridCell::name).toList());
        state.put("done", cells.stream().map(GridCell::name).toList());
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        cells.forEach(c -> values.put(c.name(), c.values()));
        state.put("values", values);
        AtomicFiles.writeJson(folder.resolve("grid.json"), state);
        for (GridCell cell : cells) {
            Path run = folder.resolve("cells").resolve(cell.name());
            AtomicFiles.write(run.resolve("config.yaml"), ConfigLoader.toYaml(cell.config()));
            String variant = cell.config().variants().get(0).name();
            boolean pretrained = variant.equals("all");
            double poolingShift = cell.values().get("pooling").equals("sum") ? -0.01 : 0;
            writeSummary(run, cell.config().seed(), List.of(writeVariant(run, variant, cell.config().seed(), pretrained,
                    poolingShift, cell.values().get("pooling"))));
        }
        return folder;
    }

    /** A plain experiment folder (one seed): scratch and pretrained variants. */
    static Path experiment(Path dir) throws Exception {
        Path folder = dir.resolve("fixture-run");
        AtomicFiles.write(folder.resolve("config.yaml"), ConfigLoader.toYaml(ConfigLoader.load(
                Path.of("configs/avmnist-quick.yaml"), List.of())));
        writeSummary(folder, 42, List.of(writeVariant(folder, "scratch", 42, false, 0, "concat"),
                writeVariant(folder, "pretrained", 42, true, 0, "concat")));
        return folder;
    }

    /** The run's summary.json, which marks it finished. */
    private static void writeSummary(Path run, long seed, List<VariantResult> variants) {
        AtomicFiles.writeJson(run.resolve("summary.json"), new ExperimentSummary(run.getFileName().toString(), "fixture",
                "avmnist", seed, "2025-01-05T10:16:00Z", Map.of(), variants, TaskType.SINGLE_LABEL));
    }

    static VariantResult writeVariant(Path run, String variant, long seed, boolean pretrained, double shift,
                                      String pooling) {
        double noise = ((seed * 7919 + variant.length() * 31 + pooling.length() * 17) % 11 - 5) / 1000.0;
        double quality = (pretrained ? 0.95 : 0.90) + shift + noise;
        int reachEpoch = pretrained ? 2 + (int) (seed % 2) : 6 + (int) (seed % 3);
        List<EpochRecord> epochs = new ArrayList<>();
        for (int e = 1; e <= 8; e++) {
            double v = Math.min(quality, 0.5 + (0.9 - 0.5) * e / reachEpoch);
            epochs.add(new EpochRecord(e, e * 10.0, phase(v), phase(v), phase(v), null));
        }
        Map<String, PretrainUse> uses = new LinkedHashMap<>();
        Map<String, Double> pretrainSeconds = new LinkedHashMap<>();
        if (pretrained) {
            uses.put("audio", new PretrainUse("a.params", false, 3, 40 + seed));
            uses.put("image", new PretrainUse("i.params", false, 3, 20 + seed));
            pretrainSeconds.put("audio", 40.0 + seed);
            pretrainSeconds.put("image", 20.0 + seed * seed % 5);
        }
        Integer reached = epochs.stream().filter(r -> r.validation().metric("AI", "accuracy") >= 0.9).findFirst()
                .map(EpochRecord::epoch).orElse(null);
        VariantResult result = new VariantResult(variant, "avmnist", "synthetic", seed, "fp-" + seed, "zero_embedding",
                new PoolingCost(pooling, "zero", 0, 0), Map.of(), uses, Map.of(), 8, 8, "loss", "epochs",
                phase(0.8 + noise + (pretrained ? 0.1 : 0)), phase(quality), phase(quality), Map.of(),
                new Convergence("accuracy", "AI", 0.9, reached, reached == null ? null : reached * 10.0, reached,
                        reached == null ? null : reached * 10.0), Cost.of(pretrainSeconds, 80 + seed * seed % 7, 2), null);
        Path folder = run.resolve("variants").resolve(variant);
        AtomicFiles.writeJson(folder.resolve("epoch_metrics.json"), epochs);
        AtomicFiles.writeJson(folder.resolve("result.json"), result);
        return result;
    }

    private static PhaseRecord phase(double accuracy) {
        Map<String, Map<String, Double>> subsets = new LinkedHashMap<>();
        for (String s : SUBSETS) {
            double a = s.equals("AI") ? accuracy : accuracy - (s.equals("A") ? 0.3 : 0.05);
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("loss", 1 - a);
            metrics.put("accuracy", a);
            metrics.put("f1_macro", a - 0.01 + (accuracy * 1000 % 3) / 1000);
            metrics.put("f1_micro", a); // single-label micro-F1 is accuracy
            metrics.put("f1_label/zero", a + 0.02); // a per-label score, not a task metric
            subsets.put(s, metrics);
        }
        return new PhaseRecord(1 - accuracy, subsets, new Timing(1, 0.1));
    }
}
