package io.latefusion.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latefusion.data.DataOptions;
import io.latefusion.data.Datasets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads an experiment config: the built-in defaults, the YAML file laid over them, then each
 * {@code --set key=value} override. Any problem becomes a one-line {@link ConfigException} that
 * names the file and the key.
 */
public final class ConfigLoader {

    private static final String DEFAULTS = "/io/latefusion/experiment/defaults.yaml";
    private static final String BUNDLED = "/configs/";
    private static final String DATASET_DEFAULTS = "/io/latefusion/experiment/datasets/";
    private static final String GRID = "grid";
    private static final String SEEDS = "seeds";
    private static final String DATASET = "dataset";
    private static final String DATA = "data";

    private ConfigLoader() {
    }

    /**
     * Loads {@code file}; a bare name or {@code configs/NAME} that does not exist here is looked up
     * among the configs bundled in the jar, so {@code configs/avmnist-quick.yaml} works from any
     * directory. Any other missing path is an error.
     */
    public static ExperimentConfig load(Path file, List<String> overrides) {
        return parse(file.toString(), read(file), overrides);
    }

    /**
     * Loads a config that may hold a {@code grid} section: one config per grid cell (the grid's
     * values laid over the file, then {@code overrides}); a config without a grid is one cell.
     */
    public static List<GridCell> loadGrid(Path file, List<String> overrides) {
        return loadGrid(file, overrides, null);
    }

    /**
     * As {@link #loadGrid(Path, List)}, every cell repeated once per seed (see {@link Seeds}) when
     * the config lists {@code seeds} or {@code seedCount} (from {@code --seeds N}) is given.
     */
    public static List<GridCell> loadGrid(Path file, List<String> overrides, Integer seedCount) {
        String source = file.toString();
        ObjectNode tree = tree(source, read(file));
        JsonNode seeds = tree.remove(SEEDS);
        List<GridCell> cells = cells(source, tree, overrides);
        if (seedCount != null) {
            return Seeds.repeat(cells, Seeds.consecutive(cells.get(0).config().seed(), seedCount));
        }
        return seeds == null || seeds.isNull() ? cells : Seeds.repeat(cells, Seeds.listed(source, seeds));
    }

    private static List<GridCell> cells(String source, ObjectNode tree, List<String> overrides) {
        JsonNode grid = tree.remove(GRID);
        if (grid == null || grid.isNull()) {
            return List.of(new GridCell("", Map.of(), bindWith(source, tree, overrides)));
        }
        List<GridCell> cells = new ArrayList<>();
        for (Map<String, JsonNode> values : Grid.expand(source, grid)) {
            ObjectNode cell = tree.deepCopy();
            Map<String, String> labels = new LinkedHashMap<>();
            values.forEach((axis, value) -> {
                labels.put(axis, value.isTextual() ? value.asText() : value.toString());
                Grid.apply(cell, axis, value, source);
            });
            cells.add(new GridCell(Grid.name(labels), labels, bindWith(source, cell, overrides)));
        }
        return cells;
    }

    private static String read(Path file) {
        String source = file.toString();
        String text;
        if (Files.isRegularFile(file)) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigException(source + ": cannot read: " + e.getMessage(), e);
            }
        } else if (file.getParent() == null || file.getParent().equals(Path.of("configs"))) {
            text = resource(BUNDLED + file.getFileName());
            if (text == null) {
                throw new ConfigException(source + ": no such config file (and no bundled config of that name)");
            }
        } else {
            throw new ConfigException(source + ": no such config file");
        }
        return text;
    }

    /** Parses YAML text laid over the defaults, then the overrides. */
    public static ExperimentConfig parse(String source, String yaml, List<String> overrides) {
        ObjectNode tree = tree(source, yaml);
        if (tree.has(GRID) || tree.has(SEEDS)) {
            throw new ConfigException(source + ": has a " + (tree.has(GRID) ? GRID : SEEDS)
                    + " section; run it as a grid (experiment CONFIG)");
        }
        return bindWith(source, tree, overrides);
    }

    private static ExperimentConfig bindWith(String source, ObjectNode tree, List<String> overrides) {
        for (String override : overrides) {
            applyOverride(tree, override);
        }
        return bind(source, tree);
    }

    /**
     * The built-in defaults, then the chosen data set's own defaults, then the YAML text: the data
     * set is the text's {@code dataset} key, else the defaults' one.
     */
    private static ObjectNode tree(String source, String yaml) {
        ObjectNode tree = (ObjectNode) readTree("built-in defaults", resource(DEFAULTS));
        JsonNode user = readTree(source, yaml);
        if (user != null && !user.isNull() && !user.isMissingNode() && !user.isObject()) {
            throw new ConfigException(source + ": expected a mapping of keys at the top level, got "
                    + user.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        boolean hasUser = user != null && user.isObject();
        String dataset = hasUser && user.hasNonNull(DATASET) ? user.get(DATASET).asText() : tree.get(DATASET).asText();
        String defaults = resource(DATASET_DEFAULTS + dataset + ".yaml");
        if (!Datasets.NAMES.contains(dataset) || defaults == null) {
            throw new ConfigException(source + ": dataset: unknown '" + dataset + "' (expected one of "
                    + String.join(", ", Datasets.NAMES) + ")");
        }
        JsonNode tag = hasUser ? user.path(DATA).path(DataOptions.TYPE_KEY) : NullNode.getInstance();
        if (tag.isValueNode() && !tag.isNull() && !tag.asText().equals(dataset)) {
            throw new ConfigException(source + ": data.dataset: '" + tag.asText() + "' disagrees with dataset '"
                    + dataset + "' (expected the same name, or no data.dataset)");
        }
        merge(tree, (ObjectNode) readTree("built-in defaults of " + dataset, defaults));
        if (hasUser) {
            merge(tree, (ObjectNode) user);
        }
        ((ObjectNode) tree.get(DATA)).put(DataOptions.TYPE_KEY, dataset);
        return tree;
    }

    /** The config as YAML, every key resolved: what a run folder keeps. */
    public static String toYaml(ExperimentConfig config) {
        try {
            return Mappers.yaml().writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write config as YAML: " + e.getMessage(), e);
        }
    }

    private static JsonNode readTree(String source, String yaml) {
        try {
            return Mappers.yaml().readTree(yaml);
        } catch (JsonProcessingException e) {
            String location = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            String problem = e.getCause() instanceof MarkedYAMLException marked
                    ? (marked.getContext() == null ? "" : marked.getContext() + ": ") + marked.getProblem()
                    : firstLine(e.getOriginalMessage());
            throw new ConfigException(source + ": malformed YAML" + location + ": " + problem, e);
        }
    }

    private static ExperimentConfig bind(String source, ObjectNode tree) {
        tagData(source, tree);
        try {
            return Mappers.yaml().treeToValue(tree, ExperimentConfig.class);
        } catch (UnrecognizedPropertyException e) {
            TreeSet<String> known = e.getKnownPropertyIds() == null ? new TreeSet<>() : e.getKnownPropertyIds().stream()
                    .map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
            String key = path(e);
            String section = key.contains(".") ? key.substring(0, key.lastIndexOf('.') + 1) : "";
            String suggestion = KeySuggestion.nearest(String.valueOf(e.getPropertyName()), known)
                    .map(k -> ", did you mean " + section + k + "?").orElse("");
            throw new ConfigException(source + ": unknown key '" + key + "'" + suggestion
                    + (known.isEmpty() ? "" : " (expected one of " + known + ")"), e);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ConfigException(source + ": " + (path(e).isEmpty() ? "" : path(e) + ": ")
                    + firstLine(cause.getMessage()), e);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            String message = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
            throw new ConfigException(source + ": " + path(e) + ": " + firstLine(message), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + ": " + firstLine(e.getOriginalMessage()), e);
        }
    }

    /**
     * Checks that the data set is still the one whose defaults {@link #tree} laid in (its name is
     * the {@code data} section's type id, which picks the options record): a {@code --set} or grid
     * value cannot switch data sets.
     */
    private static void tagData(String source, ObjectNode tree) {
        String dataset = tree.path(DATASET).asText();
        if (!(tree.get(DATA) instanceof ObjectNode data)) {
            throw new ConfigException(source + ": data: expected a mapping of keys");
        }
        String read = data.path(DataOptions.TYPE_KEY).asText();
        if (!read.equals(dataset)) {
            throw new ConfigException(source + ": dataset: '" + dataset + "' differs from '" + read
                    + "', whose defaults the config was read with (set dataset in the config file, not by --set or a grid)");
        }
    }

    /** The dotted key path of a mapping error ("train.early_stopping.patience", "variants.1.name"). */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
    }

    /** Lays {@code over} onto {@code base}, mapping into mapping; any other value replaces. */
    static void merge(ObjectNode base, ObjectNode over) {
        Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode current = base.get(e.getKey());
            if (current instanceof ObjectNode currentObject && e.getValue() instanceof ObjectNode overObject) {
                merge(currentObject, overObject);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    /** Applies {@code a.b.c=value}; the value is read as YAML (numbers, booleans, lists, null). */
    private static void applyOverride(ObjectNode tree, String override) {
        int eq = override.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException("--set " + override + ": expected key=value, e.g. train.epochs=3");
        }
        String key = override.substring(0, eq).trim();
        String raw = override.substring(eq + 1);
        set(tree, key, raw.isBlank() ? NullNode.getInstance() : readTree("--set " + key, raw), "--set " + key);
    }

    /** Sets the dotted {@code key} of {@code tree} to {@code value}; {@code label} prefixes errors. */
    static void set(ObjectNode tree, String key, JsonNode value, String label) {
        String[] parts = key.split("\\.");
        JsonNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = child(node, parts[i]);
            if (next == null && node instanceof ObjectNode object) {
                next = object.putObject(parts[i]);
            }
            if (next == null || !(next.isObject() || next.isArray())) {
                throw new ConfigException(label + ": '" + String.join(".", List.of(parts).subList(0, i + 1))
                        + "' is not a section (unknown key or not a mapping)");
            }
            node = next;
        }
        String last = parts[parts.length - 1];
        if (node instanceof ObjectNode object) {
            object.set(last, value);
        } else if (node instanceof ArrayNode array && last.matches("\\d+") && Integer.parseInt(last) < array.size()) {
            array.set(Integer.parseInt(last), value);
        } else {
            throw new ConfigException(label + ": no list element '" + last + "'");
        }
    }

    private static JsonNode child(JsonNode node, String part) {
        if (node.isArray()) {
            return part.matches("\\d+") ? node.get(Integer.parseInt(part)) : null;
        }
        return node.get(part);
    }

    private static String resource(String name) {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("Cannot read bundled resource " + name + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int nl = message.indexOf('\n');
        String line = (nl < 0 ? message : message.substring(0, nl)).trim();
        int hint = line.indexOf(" (set DeserializationConfig");
        return hint < 0 ? line : line.substring(0, hint);
    }
}
