package io.latefusion.report.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latefusion.experiment.AtomicFiles;
import io.latefusion.experiment.Mappers;
import java.nio.file.Path;

/**
 * Adds the suite's {@link Provenance} block to every benchmark object of a JMH JSON file, in place
 * and atomically: the file stays the JSON array JMH wrote (JMH's readers ignore the extra key), and
 * each result carries where and when it ran wherever it is copied.
 */
public final class ProvenanceStamp {

    private ProvenanceStamp() {
    }

    /** Rewrites {@code jmhJson} with {@code provenance} under {@value Provenance#KEY} in each benchmark object. */
    public static void stamp(Path jmhJson, Provenance provenance) {
        JsonNode root = JmhResults.parse(jmhJson);
        if (!root.isArray()) {
            throw new CompareException(jmhJson + ": not a JMH result array, cannot record the environment in it");
        }
        for (JsonNode benchmark : root) {
            if (benchmark instanceof ObjectNode object) {
                object.set(Provenance.KEY, provenance.toJson());
            }
        }
        try {
            AtomicFiles.write(jmhJson, Mappers.json().writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + jmhJson + ": " + e.getMessage(), e);
        }
    }
}
