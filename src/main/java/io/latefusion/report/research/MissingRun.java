package io.latefusion.report.research;

/**
 * A planned run with no finished record: its cell folder, the cell's group, the variant (null when
 * the whole cell has no record) and the seed (null when the folder does not say).
 */
record MissingRun(String cell, String group, String variant, Long seed) {

    /** Whether this missing run belongs to the arm of {@code group} and {@code variant}. */
    boolean of(String group, String variant) {
        return this.group.equals(group) && (this.variant == null || this.variant.equals(variant));
    }

    /** Where it is missing, for the report: {@code seed-44}, {@code seed-44/pretrained}. */
    String where() {
        return variant == null ? cell : cell.isEmpty() ? variant : cell + "/" + variant;
    }
}
