package io.latefusion.report.research;

/**
 * A planned run with no finished record: its cell folder, the cell's group, the variant (null when
 * the whole cell has no record), the seed (null when the folder does not say) and, when its run
 * failed, why (the phase and message of its {@code failed.json}; null when it was interrupted or never ran).
 */
record MissingRun(String cell, String group, String variant, Long seed, String failure) {

    /** Whether this missing run belongs to the arm of {@code group} and {@code variant}. */
    boolean of(String group, String variant) {
        return this.group.equals(group) && (this.variant == null || this.variant.equals(variant));
    }

    /** Where it is missing, for the report: {@code seed-44}, {@code seed-44/pretrained}. */
    String where() {
        return variant == null ? cell : cell.isEmpty() ? variant : cell + "/" + variant;
    }

    /** The report's line for it: where, the seed, and whether it failed and why or never finished. */
    String describe() {
        return "`" + where() + "`" + (seed == null ? "" : " (seed " + seed + ")")
                + (failure == null ? "" : ": failed in " + failure);
    }
}
