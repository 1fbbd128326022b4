package io.latefusion.report.research;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Mappers;
import io.latefusion.experiment.Seeds;
import io.latefusion.report.ReportException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares resolved configs. {@link #requireOneExperiment} refuses a folder whose runs differ in
 * anything but the seed and the grid's axes (runs of different experiments mixed in one folder);
 * {@link #fairness} compares each arm's effective settings with the baseline's and flags every
 * difference other than the factor under study (which encoders are pre-trained, and the grid's
 * pooling and missing-modality axes) — learning rates, epochs, early stopping, batch size, data,
 * seeds — because the study's own comparisons were confounded this way (DESIGN.md §8).
 */
final class ConfigCheck {

    private static final Set<String> STUDIED_AXES = Set.of("pretrain", "pooling");
    private static final String TRAIN = "train.";

    private ConfigCheck() {
    }

    /** Refuses {@code folder} when two runs' configs differ beyond the seed and the grid axes, naming the keys. */
    static void requireOneExperiment(ResultsFolder folder) {
        Set<String> axes = new LinkedHashSet<>();
        folder.runs().forEach(r -> axes.addAll(r.values().keySet()));
        RunRecord first = folder.runs().get(0);
        Map<String, String> reference = withoutAxes(flatten(first.config()), axes);
        for (RunRecord run : folder.runs()) {
            Map<String, String> other = withoutAxes(flatten(run.config()), axes);
            List<String> differing = differing(reference, other);
            if (!differing.isEmpty()) {
                throw new ReportException(folder.dir() + ": mixed configs — the runs of " + where(first) + " and "
                        + where(run) + " differ in " + differing.stream().map(k -> k + " (" + reference.get(k) + " vs "
                        + other.get(k) + ")").collect(Collectors.joining(", "))
                        + "; a results folder must hold one experiment (only the seed and grid axes may differ)");
            }
        }
    }

    /**
     * One line per flagged difference between an arm and the baseline (the first arm with runs), then
     * the seed policy and the data check. An empty list never happens: the seed policy is always stated.
     */
    static List<String> fairness(List<Arm> arms) {
        List<Arm> withRuns = arms.stream().filter(a -> a.n() > 0).toList();
        Arm baseline = withRuns.get(0);
        Map<String, String> base = effective(baseline);
        List<String> lines = new ArrayList<>();
        for (Arm arm : withRuns.subList(1, withRuns.size())) {
            Map<String, String> settings = effective(arm);
            for (String key : differing(base, settings)) {
                if (key.startsWith("variant.pretrained_encoders")) {
                    continue;
                }
                String axis = axisOf(key, arm.values().keySet());
                if (axis != null && (STUDIED_AXES.contains(axis) || axis.startsWith("missing."))) {
                    continue;
                }
                lines.add("**" + category(key) + "**: " + arm.label() + " has `" + key + " = " + show(settings.get(key))
                        + "`, the baseline " + baseline.label() + " `" + show(base.get(key)) + "`"
                        + (axis == null ? "" : " (grid axis `" + axis + "`: varied on purpose, but it confounds the"
                        + " pre-training comparison)"));
            }
        }
        Set<List<Long>> seedSets = withRuns.stream().map(Arm::seeds).collect(Collectors.toCollection(LinkedHashSet::new));
        if (seedSets.size() == 1) {
            lines.add("seed policy: every arm ran the seeds " + baseline.seeds() + " — comparisons are paired by seed");
        } else {
            lines.add("**seed policy**: the arms ran different seeds (" + withRuns.stream().map(a -> a.label() + " "
                    + a.seeds()).collect(Collectors.joining("; ")) + ") — comparisons are unpaired");
        }
        for (Arm arm : withRuns.subList(1, withRuns.size())) {
            for (RunRecord run : arm.runs()) {
                baseline.runs().stream().filter(b -> b.seed() == run.seed()).findFirst().ifPresent(b -> {
                    if (!Objects.equals(b.result().dataFingerprint(), run.result().dataFingerprint())) {
                        lines.add("**data**: at seed " + run.seed() + ", " + arm.label() + " trained on data "
                                + run.result().dataFingerprint() + ", the baseline on " + b.result().dataFingerprint());
                    }
                });
            }
        }
        return lines;
    }

    /** An arm's settings: the config without the variant list and the seed, plus its own variant's entries. */
    static Map<String, String> effective(Arm arm) {
        RunRecord run = arm.runs().get(0);
        Map<String, String> settings = flatten(run.config());
        settings.keySet().removeIf(k -> k.equals("variants") || k.startsWith("variants.") || k.equals("seed"));
        boolean recorded = run.result().train() != null;
        if (recorded) {
            // the variant's own train keys already laid over the train section, as it ran
            settings.keySet().removeIf(k -> k.startsWith(TRAIN));
            flatten(Mappers.json().valueToTree(run.result().train())).forEach((k, v) -> settings.put(TRAIN + k, v));
        }
        for (JsonNode variant : run.config().path("variants")) {
            if (variant.path("name").asText().equals(arm.variant())) {
                flatten(variant).forEach((k, v) -> {
                    if (recorded && k.startsWith(TRAIN)) {
                        return;
                    }
                    boolean defaultTraining = k.startsWith("encoder_training.")
                            && ((k.endsWith(".mode") && v.equals("finetune"))
                            || (k.endsWith(".lr_multiplier") && Double.parseDouble(v) == 1.0));
                    if (!k.equals("name") && !defaultTraining) {
                        settings.put("variant." + k, v);
                    }
                });
            }
        }
        return settings;
    }

    /** Dotted key → scalar text of every leaf of {@code node} (list elements by index). */
    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.properties().forEach(f -> flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(),
                    f.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "." + i, node.get(i), out);
            }
        } else {
            out.put(prefix, node.isNull() ? "null" : node.asText());
        }
    }

    private static List<String> differing(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new java.util.TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys.stream().filter(k -> !Objects.equals(a.get(k), b.get(k))).toList();
    }

    private static Map<String, String> withoutAxes(Map<String, String> flat, Set<String> axes) {
        flat.keySet().removeIf(k -> k.equals(Seeds.AXIS) || axisOf(k, axes) != null);
        return flat;
    }

    /** The grid axis that sets config key {@code key}, or null. */
    private static String axisOf(String key, Set<String> axes) {
        for (String axis : axes) {
            String path = switch (axis) {
                case "pretrain" -> "variants";
                case "pooling" -> "model.multimodal_pooling.pooling_type";
                default -> axis.startsWith("missing.") ? "train." + axis : axis;
            };
            if (key.equals(path) || key.startsWith(path + ".")) {
                return axis;
            }
        }
        return null;
    }

    private static String category(String key) {
        if (key.contains("learning_rate") || key.contains("lr_multiplier") || key.contains("encoder_training")) {
            return "learning rate";
        }
        if (key.contains("early_stopping")) {
            return "early stopping";
        }
        if (key.endsWith("epochs")) {
            return "epochs";
        }
        if (key.contains("batch_size")) {
            return "batch size";
        }
        if (key.startsWith("data.") || key.equals("dataset")) {
            return "data";
        }
        return "other setting";
    }

    private static String show(String value) {
        return value == null ? "(unset)" : value;
    }

    private static String where(RunRecord run) {
        String cell = run.group().isEmpty() ? "" : run.group() + ", ";
        return cell + "seed " + run.seed();
    }
}
