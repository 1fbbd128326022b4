package io.latefusion.experiment;

import io.latefusion.data.Datasets;
import io.latefusion.data.Modality;
import io.latefusion.model.fusion.FusionType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One cell of the benchmark grid: data set × pretraining mask × fusion pooling × scale. Its
 * experiment config is the bundled {@code configs/<dataset>-<scale>.yaml} with the pooling set and
 * a single variant whose pre-trained encoders are the mask's — the same config whether the cell is
 * timed by JMH or trained to convergence by the quality runner.
 */
public record Cell(String dataset, String pretrain, String pooling, String scale) {

    /** The scales of each data set: a bundled {@code configs/<dataset>-<scale>.yaml} exists for each. */
    private static final Map<String, List<String>> DATASET_SCALES = Map.of(
            "avmnist", List.of("quick", "full", "study"),
            "mmimdb", List.of("quick", "full"),
            "mosi", List.of("quick", "full"));

    public Cell {
        if (!Datasets.NAMES.contains(dataset)) {
            throw new IllegalArgumentException("Invalid dataset '" + dataset + "' (expected one of "
                    + String.join(", ", Datasets.NAMES) + ")");
        }
        String standard = PretrainMask.canonical(pretrain, Datasets.modalities(dataset));
        if (!standard.equals(pretrain)) {
            throw new IllegalArgumentException("Invalid pretrain mask '" + pretrain + "': write it as '" + standard
                    + "' (one spelling per cell)");
        }
        FusionType.fromKey(pooling);
        List<String> scales = scales(dataset);
        if (!scales.contains(scale)) {
            throw new IllegalArgumentException("Invalid scale '" + scale + "' for " + dataset + " (expected one of "
                    + String.join(", ", scales) + ": configs/" + dataset + "-<scale>.yaml exists for those)");
        }
    }

    /** The scales {@code dataset} has, quick first; empty for an unknown data set. */
    public static List<String> scales(String dataset) {
        return DATASET_SCALES.getOrDefault(dataset, List.of());
    }

    /**
     * The cell an {@link #id()} names, e.g. {@code avmnist-none-concat-quick}.
     *
     * @throws IllegalArgumentException if it is not four parts joined by '-' or a part is invalid
     */
    public static Cell parse(String id) {
        String[] parts = id.split("-", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("Invalid cell id '" + id
                    + "' (expected dataset-pretrain-pooling-scale, e.g. avmnist-none-concat-quick)");
        }
        return new Cell(parts[0], parts[1], parts[2], parts[3]);
    }

    /** A readable id, also a valid folder and variant name: {@code avmnist-all-concat-quick}. */
    public String id() {
        return dataset + "-" + pretrain + "-" + pooling + "-" + scale;
    }

    /** The modalities whose encoders this cell pre-trains. */
    public List<Modality> pretrained() {
        return PretrainMask.parse(pretrain, Datasets.modalities(dataset));
    }

    /** The cell's experiment config, with extra {@code --set}-style overrides applied last. */
    public ExperimentConfig config(List<String> overrides) {
        String encoders = pretrained().stream().map(m -> m.key() + ": auto").collect(Collectors.joining(", "));
        List<String> sets = new java.util.ArrayList<>(List.of(
                "name=" + id(),
                "model.multimodal_pooling.pooling_type=" + pooling,
                "variants=[{name: " + id() + ", pretrained_encoders: {" + encoders + "}}]"));
        sets.addAll(overrides);
        return ConfigLoader.load(Path.of("configs", dataset + "-" + scale + ".yaml"), sets);
    }

    @Override
    public String toString() {
        return id();
    }
}
