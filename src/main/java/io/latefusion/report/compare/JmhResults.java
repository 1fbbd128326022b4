package io.latefusion.report.compare;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.latefusion.experiment.Mappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;

/**
 * Reads the primary metrics and their raw samples out of a JMH {@code -rf json} file (a JSON array)
 * or a project {@code report.json} (an object whose {@code "jmh"} key holds that array), with the
 * suite's {@link Provenance} block when present (else a report's own run info). The samples are
 * {@code rawData} (per fork, the iteration scores), or for {@code sample} mode
 * {@code rawDataHistogram} (per fork, per iteration, {@code [value, count]} pairs), each iteration
 * reduced to its mean so that one iteration is one sample in every mode. JMH writes NaN and
 * infinities as the strings {@code "NaN"}, {@code "+INF"}, {@code "-INF"}; bare NaN numbers are
 * accepted too. Anything else that is not a usable, non-empty result list is a
 * {@link CompareException} naming the file.
 */
public final class JmhResults {

    /** The project's strict mapper (duplicate keys, trailing content), also taking bare NaN/Infinity. */
    private static final ObjectReader READER = Mappers.json().readerFor(JsonNode.class)
            .with(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS);

    /** How JMH's JSON writer spells the non-finite doubles. */
    private static final Map<String, Double> NON_FINITE = Map.of(
            "NaN", Double.NaN, "+INF", Double.POSITIVE_INFINITY, "-INF", Double.NEGATIVE_INFINITY);

    /** The modes a result can have: every mode but {@code All}, which JMH expands before running. */
    private static final List<Mode> RESULT_MODES = Arrays.stream(Mode.values()).filter(m -> m != Mode.All).toList();

    private JmhResults() {
    }

    /** The results of {@code file} in file order; never empty, no two with the same benchmark, params and mode. */
    public static ResultFile read(Path file) {
        JsonNode root = parse(file);
        JsonNode array = jmhArray(file, root);
        if (array.isEmpty()) {
            throw fail(file, "no benchmark results (an empty JMH array: JMH writes [] when a fork cannot start)");
        }
        List<JmhResult> results = new ArrayList<>();
        Set<JmhResult.Key> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JmhResult result = result(file, i + 1, array.get(i));
            if (!seen.add(result.key())) {
                throw fail(file, "result " + (i + 1) + " repeats " + result.label());
            }
            results.add(result);
        }
        return new ResultFile(file, results, provenance(root, array));
    }

    /** The first benchmark object's block, else a report's run info, else null. */
    private static Provenance provenance(JsonNode root, JsonNode array) {
        for (JsonNode node : array) {
            if (node.path(Provenance.KEY).isObject()) {
                return Provenance.fromJson(node.get(Provenance.KEY));
            }
        }
        return root.isObject() && root.path("environment").isObject() ? Provenance.fromJson(root) : null;
    }

    /** The file as a JSON tree (JMH's NaN spellings allowed); unreadable or invalid is a {@link CompareException}. */
    static JsonNode parse(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(file, "no such file");
        } catch (IOException e) {
            throw fail(file, "cannot read (" + e + ")");
        }
        try {
            JsonNode root = READER.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw fail(file, "empty file, not JSON");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new CompareException(file + ": not valid JSON" + where + ": " + oneLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw fail(file, "cannot read (" + e + ")");
        }
    }

    private static JsonNode jmhArray(Path file, JsonNode root) {
        if (root.isArray()) {
            return root;
        }
        if (root.isObject() && root.path("jmh").isArray()) {
            return root.get("jmh");
        }
        throw fail(file, "not JMH results: expected the JSON array of -rf json, or a report object with a \"jmh\" array");
    }

    private static JmhResult result(Path file, int index, JsonNode node) {
        String where = "result " + index;
        if (!node.isObject()) {
            throw fail(file, where + " is not an object");
        }
        String benchmark = text(file, where, node, "benchmark");
        where += " (" + benchmark + ")";
        Mode mode = mode(file, where, text(file, where, node, "mode"));
        JsonNode metric = node.path("primaryMetric");
        if (!metric.isObject()) {
            throw fail(file, where + ": primaryMetric is missing or not an object");
        }
        double score = number(file, where, metric.get("score"), "primaryMetric.score");
        if (!(score > 0 && Double.isFinite(score))) {
            throw fail(file, where + ": primaryMetric.score is " + score + ", not a positive finite number");
        }
        double error = optionalNumber(file, where, metric.get("scoreError"), "primaryMetric.scoreError");
        String unit = text(file, where, metric, "scoreUnit");
        List<double[]> forks = metric.has("rawDataHistogram")
                ? histogramSamples(file, where, metric.get("rawDataHistogram"))
                : rawSamples(file, where, metric.path("rawData"));
        return new JmhResult(benchmark, mode, params(file, where, node.path("params")), score, error, unit, forks);
    }

    /** {@code rawData}: per fork, the iteration scores. */
    private static List<double[]> rawSamples(Path file, String where, JsonNode raw) {
        List<double[]> forks = new ArrayList<>();
        if (raw.isMissingNode() || raw.isNull()) {
            return forks;
        }
        String field = "primaryMetric.rawData";
        for (int f = 0; f < array(file, where, raw, field).size(); f++) {
            JsonNode fork = array(file, where, raw.get(f), field + "[" + f + "]");
            double[] values = new double[fork.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = sample(file, where, fork.get(i), field + "[" + f + "][" + i + "]");
            }
            forks.add(values);
        }
        return forks;
    }

    /** {@code rawDataHistogram}: per fork, per iteration, {@code [value, count]} pairs; each iteration's mean. */
    private static List<double[]> histogramSamples(Path file, String where, JsonNode histogram) {
        String field = "primaryMetric.rawDataHistogram";
        List<double[]> forks = new ArrayList<>();
        for (int f = 0; f < array(file, where, histogram, field).size(); f++) {
            JsonNode fork = array(file, where, histogram.get(f), field + "[" + f + "]");
            double[] means = new double[fork.size()];
            for (int i = 0; i < means.length; i++) {
                String at = field + "[" + f + "][" + i + "]";
                double sum = 0;
                double count = 0;
                for (JsonNode pair : array(file, where, fork.get(i), at)) {
                    if (!pair.isArray() || pair.size() != 2) {
                        throw fail(file, where + ": " + at + " holds something that is not a [value, count] pair");
                    }
                    double value = sample(file, where, pair.get(0), at + " value");
                    double n = number(file, where, pair.get(1), at + " count");
                    if (!(n > 0 && Double.isFinite(n))) {
                        throw fail(file, where + ": " + at + " has count " + n + ", not a positive number");
                    }
                    sum += value * n;
                    count += n;
                }
                if (count == 0) {
                    throw fail(file, where + ": " + at + " is an empty iteration");
                }
                means[i] = sum / count;
            }
            forks.add(means);
        }
        return forks;
    }

    private static JsonNode array(Path file, String where, JsonNode node, String field) {
        if (node == null || !node.isArray()) {
            throw fail(file, where + ": " + field + " is not an array");
        }
        return node;
    }

    /** A sample: a finite, non-negative number (a score or a time). */
    private static double sample(Path file, String where, JsonNode node, String field) {
        double value = number(file, where, node, field);
        if (!(value >= 0 && Double.isFinite(value))) {
            throw fail(file, where + ": " + field + " is " + value + ", not a finite score");
        }
        return value;
    }

    private static Mode mode(Path file, String where, String label) {
        return RESULT_MODES.stream().filter(m -> m.shortLabel().equals(label)).findFirst()
                .orElseThrow(() -> fail(file, where + ": mode \"" + label + "\" is not one of "
                        + RESULT_MODES.stream().map(Mode::shortLabel).collect(Collectors.joining(", "))));
    }

    private static SortedMap<String, String> params(Path file, String where, JsonNode params) {
        SortedMap<String, String> values = new TreeMap<>();
        if (params.isMissingNode() || params.isNull()) {
            return values;
        }
        if (!params.isObject()) {
            throw fail(file, where + ": params is not an object");
        }
        for (Map.Entry<String, JsonNode> p : params.properties()) {
            if (!p.getValue().isValueNode() || p.getValue().isNull()) {
                throw fail(file, where + ": param " + p.getKey() + " is not a plain value");
            }
            values.put(p.getKey(), p.getValue().asText());
        }
        return values;
    }

    private static String text(Path file, String where, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw fail(file, where + ": " + field + " is missing or not a string");
        }
        return value.asText();
    }

    private static double optionalNumber(Path file, String where, JsonNode value, String field) {
        return value == null || value.isNull() ? Double.NaN : number(file, where, value, field);
    }

    /** A JSON number, or one of JMH's spellings of the non-finite values. */
    private static double number(Path file, String where, JsonNode value, String field) {
        if (value != null && value.isNumber()) {
            return value.doubleValue();
        }
        if (value != null && value.isTextual() && NON_FINITE.containsKey(value.asText())) {
            return NON_FINITE.get(value.asText());
        }
        throw fail(file, where + ": " + field + " is missing or not a number");
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }

    private static CompareException fail(Path file, String reason) {
        return new CompareException(file + ": " + reason);
    }
}
