package io.latefusion.report.compare;

import java.util.Locale;

/**
 * How scores are made comparable before judging: as measured ({@code none}), or divided by
 * the same file's reference benchmark ({@code reference}) when the two files come from
 * machines of different speed.
 */
public enum Normalisation {
    NONE,
    REFERENCE;

    /** The command-line spelling: {@code none}, {@code reference}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
