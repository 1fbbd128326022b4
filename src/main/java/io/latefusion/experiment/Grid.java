package io.latefusion.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latefusion.data.Datasets;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code grid} section of a config: axes (config keys) with lists of values, expanded to their
 * cross product. A list of such maps is the union of their cross products (so "audio at 0.2 and
 * 0.9, image at 0.2 and 0.9" need not cross audio with image). Axis names are config keys, with
 * three short forms: {@code pretrain} (the mask: one variant named by it), {@code pooling}
 * ({@code model.multimodal_pooling.pooling_type}) and {@code missing.<modality>}
 * ({@code train.missing.<modality>}). The first value of every axis makes the baseline cell.
 */
public final class Grid {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Grid() {
    }

    /** Every cell's value per axis, in order: the cross product of each map, maps one after another. */
    static List<Map<String, JsonNode>> expand(String source, JsonNode grid) {
        List<JsonNode> blocks = new ArrayList<>();
        if (grid.isArray()) {
            grid.forEach(blocks::add);
        } else {
            blocks.add(grid);
        }
        Set<Map<String, JsonNode>> cells = new LinkedHashSet<>();
        for (JsonNode block : blocks) {
            if (!block.isObject() || block.isEmpty()) {
                throw new ConfigException(source + ": grid: expected a mapping of config keys to lists of values"
                        + " (or a list of such mappings)");
            }
            List<Map<String, JsonNode>> product = new ArrayList<>();
            product.add(new LinkedHashMap<>());
            Iterator<Map.Entry<String, JsonNode>> axes = block.fields();
            while (axes.hasNext()) {
                Map.Entry<String, JsonNode> axis = axes.next();
                if (!axis.getValue().isArray() || axis.getValue().isEmpty()) {
                    throw new ConfigException(source + ": grid." + axis.getKey() + ": expected a non-empty list of values");
                }
                List<Map<String, JsonNode>> next = new ArrayList<>();
                for (Map<String, JsonNode> partial : product) {
                    for (JsonNode value : axis.getValue()) {
                        Map<String, JsonNode> cell = new LinkedHashMap<>(partial);
                        cell.put(axis.getKey(), value);
                        next.add(cell);
                    }
                }
                product = next;
            }
            cells.addAll(product);
        }
        return List.copyOf(cells);
    }

    /** Lays one axis value into a config tree. */
    static void apply(ObjectNode tree, String axis, JsonNode value, String source) {
        String label = source + ": grid." + axis;
        if (axis.equals("pretrain")) {
            tree.set("variants", variantOf(tree, value.asText(), label));
        } else if (axis.equals("pooling")) {
            ConfigLoader.set(tree, "model.multimodal_pooling.pooling_type", value, label);
        } else if (axis.startsWith("missing.")) {
            ConfigLoader.set(tree, "train." + axis, value, label);
        } else {
            ConfigLoader.set(tree, axis, value, label);
        }
    }

    /** A folder-safe cell name from its axis values: {@code pretrain-all_pooling-sum}. */
    static String name(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey().substring(e.getKey().lastIndexOf('.') + 1) + "-" + e.getValue())
                .collect(Collectors.joining("_"))
                .replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static ArrayNode variantOf(ObjectNode tree, String mask, String label) {
        ModalitySet all;
        List<Modality> pretrained;
        try {
            all = Datasets.modalities(tree.path("dataset").asText());
            pretrained = PretrainMask.parse(mask, all);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(label + ": " + e.getMessage(), e);
        }
        ObjectNode encoders = NODES.objectNode();
        pretrained.forEach(m -> encoders.put(m.key(), VariantConfig.AUTO));
        ObjectNode variant = NODES.objectNode();
        variant.put("name", PretrainMask.canonical(mask, all));
        variant.set("pretrained_encoders", encoders);
        return NODES.arrayNode().add(variant);
    }
}
