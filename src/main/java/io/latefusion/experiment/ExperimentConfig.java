package io.latefusion.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latefusion.data.DataOptions;
import io.latefusion.data.Datasets;
import io.latefusion.model.ModelOptions;
import io.latefusion.train.MissingModalitySampler;
import io.latefusion.train.TrainOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A whole experiment as read from YAML (over the built-in defaults): the data set and its source,
 * the model, how to train it (with the modalities' missing rates) and to pre-train its encoders, the
 * seed, and the variants to compare.
 */
public record ExperimentConfig(String name, String dataset, long seed, DataOptions data, ModelOptions model,
                               TrainOptions train, TrainOptions pretrain, List<VariantConfig> variants) {

    public ExperimentConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Invalid name: empty (expected a short experiment name)");
        }
        Datasets.requireKnown(dataset);
        Objects.requireNonNull(data, "data is required");
        Objects.requireNonNull(model, "model is required");
        Objects.requireNonNull(train, "train is required");
        Objects.requireNonNull(pretrain, "pretrain is required");
        train.requireMetricsOf(data.task(), "train");
        pretrain.requireMetricsOf(data.task(), "pretrain");
        if (!pretrain.missing().isEmpty()) {
            throw new IllegalArgumentException("Invalid pretrain.missing: "
                    + MissingModalitySampler.describe(pretrain.missing())
                    + " (missing modalities apply to late-fusion training, train.missing; pre-training sees one"
                    + " modality)");
        }
        if (variants == null || variants.isEmpty()) {
            throw new IllegalArgumentException("Invalid variants: empty (expected at least one variant)");
        }
        variants = List.copyOf(variants);
        Set<String> names = new HashSet<>();
        for (VariantConfig v : variants) {
            if (!names.add(v.name())) {
                throw new IllegalArgumentException("Invalid variants: name '" + v.name() + "' used twice");
            }
            overlay(train, v).requireMetricsOf(data.task(), "variants." + v.name() + ".train");
        }
    }

    /** The train options {@code variant} runs with: the train section, its own {@code train} keys laid over. */
    public TrainOptions trainOf(VariantConfig variant) {
        return overlay(train, variant);
    }

    private static TrainOptions overlay(TrainOptions train, VariantConfig variant) {
        if (variant.train().isEmpty()) {
            return train;
        }
        ObjectNode tree = Mappers.yaml().valueToTree(train);
        ConfigLoader.merge(tree, Mappers.yaml().valueToTree(variant.train()));
        try {
            return Mappers.yaml().treeToValue(tree, TrainOptions.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String message = cause == e ? e.getOriginalMessage() : cause.getMessage();
            throw new IllegalArgumentException("Invalid variants." + variant.name() + ".train: "
                    + message.lines().findFirst().orElse(message), e);
        }
    }
}
