package io.latefusion.report.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where and when a result was measured, as the suite records it in every benchmark object of its
 * JMH JSON under {@value #KEY}: the run id, start time, git commit and the machine's environment
 * ({@code io.latefusion.experiment.Environment#describe}). The gate warns when two results'
 * environments differ; the history orders results by it.
 *
 * @param runId       the suite run's id
 * @param started     when the run started, ISO-8601 (e.g. {@code 2026-12-04T20:00:00Z}), or null
 * @param commit      the git commit, or null
 * @param environment the environment, in the suite's key order
 */
public record Provenance(String runId, String started, String commit, Map<String, String> environment) {

    /** The key of the block in a JMH benchmark object. */
    public static final String KEY = "latefusion";

    /** The environment key of the commit, which differs between results by design. */
    static final String COMMIT_KEY = "git_commit";

    public Provenance {
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /** The block as JSON: {@code {"run_id", "started", "commit", "environment": {...}}}. */
    public ObjectNode toJson() {
        ObjectNode block = JsonNodeFactory.instance.objectNode();
        block.put("run_id", runId);
        block.put("started", started);
        block.put("commit", commit);
        ObjectNode env = block.putObject("environment");
        environment.forEach(env::put);
        return block;
    }

    /** Reads a block written by {@link #toJson()}, or a report's run info (the same keys at its top level). */
    static Provenance fromJson(JsonNode node) {
        Map<String, String> environment = new LinkedHashMap<>();
        node.path("environment").properties().forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
        String commit = node.hasNonNull("commit") ? node.get("commit").asText() : environment.get(COMMIT_KEY);
        return new Provenance(node.path("run_id").asText(null), node.path("started").asText(null), commit, environment);
    }

    /** The start time, when recorded and readable. */
    public Optional<Instant> startTime() {
        try {
            return Optional.ofNullable(started).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
