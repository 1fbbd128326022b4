package io.latefusion.data;

import java.util.Locale;

/** The three partitions of a data set; model selection uses only TRAIN and VALIDATION. */
public enum Split {
    TRAIN,
    VALIDATION,
    TEST;

    /** The lower-case name used in records and file names. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
