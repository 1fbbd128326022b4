package io.latefusion.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Cell;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A suite's {@code run.json}: its id, start time, command line, environment (Java, OS, CPU,
 * engine, thread settings, git commit) and the grid cells it was asked to run.
 */
public record RunInfo(String runId, String started, List<String> command, Map<String, String> environment,
                      List<Cell> cells) {

    /** Reads {@code run.json}; only {@code run_id} is required. */
    static RunInfo read(Path file) {
        JsonNode json = JsonFiles.readTree(file);
        String where = file.toString();
        if (!json.isObject()) {
            throw new ReportException(where + ": not a suite run description (expected an object with run_id)");
        }
        String runId = JsonFiles.text(json, "run_id", where);
        List<String> command = new ArrayList<>();
        json.path("command").forEach(arg -> command.add(arg.asText()));
        Map<String, String> environment = new LinkedHashMap<>();
        json.path("environment").fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
        List<Cell> cells = new ArrayList<>();
        JsonNode entries = json.path("cells");
        for (int i = 0; i < entries.size(); i++) {
            Map<String, String> params = new LinkedHashMap<>();
            entries.get(i).fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            Cell cell = CellParams.fromParams(params, where + ": cells." + i);
            if (cell == null) {
                throw new ReportException(where + ": cells." + i + " names no cell");
            }
            cells.add(cell);
        }
        return new RunInfo(runId, json.path("started").asText(null), List.copyOf(command), environment,
                List.copyOf(cells));
    }
}
