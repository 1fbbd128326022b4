package io.latefusion.report;

import io.latefusion.experiment.Cell;
import java.util.List;
import java.util.Map;

/** Reads grid cells back from saved files (from benchmark parameters and from cell ids) and names their baselines. */
final class CellParams {

    /** The parameters that name a cell, in {@link Cell}'s order. */
    static final List<String> KEYS = List.of("dataset", "pretrain", "pooling", "scale");

    private CellParams() {
    }

    /** The cell that {@code params} names, or null when they name none (a run-level benchmark). */
    static Cell fromParams(Map<String, String> params, String where) {
        long named = KEYS.stream().filter(params::containsKey).count();
        if (named == 0) {
            return null;
        }
        if (named < KEYS.size()) {
            throw new ReportException(where + ": params " + params.keySet() + " name only part of a cell (expected "
                    + String.join(", ", KEYS) + ")");
        }
        return cell(params.get("dataset"), params.get("pretrain"), params.get("pooling"), params.get("scale"), where);
    }

    /** The cell whose {@link Cell#id()} is {@code id} ({@code dataset-pretrain-pooling-scale}). */
    static Cell fromId(String id, String where) {
        String[] parts = id.split("-", -1);
        if (parts.length != KEYS.size()) {
            throw new ReportException(where + ": '" + id
                    + "' is not a cell id (expected dataset-pretrain-pooling-scale)");
        }
        return cell(parts[0], parts[1], parts[2], parts[3], where);
    }

    /** The {@code none} cell of the same data set, pooling and scale: {@code cell}'s baseline. */
    static Cell baseline(Cell cell) {
        return new Cell(cell.dataset(), "none", cell.pooling(), cell.scale());
    }

    private static Cell cell(String dataset, String pretrain, String pooling, String scale, String where) {
        try {
            return new Cell(dataset, pretrain, pooling, scale);
        } catch (IllegalArgumentException e) {
            throw new ReportException(where + ": " + e.getMessage(), e);
        }
    }
}
