package io.latefusion.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Mappers;
import java.io.IOException;
import java.nio.file.Path;

/** Reads the JSON files of a suite folder; every failure becomes a one-line {@link ReportException} naming the file. */
public final class JsonFiles {

    private JsonFiles() {
    }

    /** The file as a JSON tree; an empty file is an error. */
    public static JsonNode readTree(Path file) {
        JsonNode node;
        try {
            node = Mappers.json().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ReportException(file + ": not valid JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ReportException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (node == null || node.isMissingNode()) {
            throw new ReportException(file + ": empty file");
        }
        return node;
    }

    /**
     * The file bound strictly to {@code type}, which {@code what} names in the message ("an experiment
     * summary"). It is parsed first, so a truncated file is "not valid JSON", not a binding error.
     */
    public static <T> T read(Path file, Class<T> type, String what) {
        JsonNode tree = readTree(file);
        try {
            return Mappers.json().treeToValue(tree, type);
        } catch (DatabindException e) {
            throw new ReportException(file + ": not " + what + ": " + firstLine(e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw new ReportException(file + ": not valid JSON: " + firstLine(e.getOriginalMessage()), e);
        }
    }

    /** The text of a required field, or an error naming the file, where in it, and the field. */
    static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            throw new ReportException(where + ": no '" + field + "' value");
        }
        return value.asText();
    }

    /**
     * A number as JMH and HdrHistogram write them: a JSON number or a string such as {@code "NaN"};
     * null when absent, not a number, or not finite.
     */
    static Double number(JsonNode node) {
        if (node == null) {
            return null;
        }
        double v;
        if (node.isNumber()) {
            v = node.doubleValue();
        } else if (node.isTextual()) {
            try {
                v = Double.parseDouble(node.asText());
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        return Double.isFinite(v) ? v : null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
