package io.latefusion.data;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One input channel of a multimodal sample. Each has the letter the study uses to name modality
 * subsets ("AI", "ATV"); the enum order is the order letters appear in a subset's name.
 */
public enum Modality {
    AUDIO('A'),
    IMAGE('I'),
    TEXT('T'),
    VIDEO('V');

    private final char letter;

    Modality(char letter) {
        this.letter = letter;
    }

    /** The study's one-letter name. */
    public char letter() {
        return letter;
    }

    /** The lower-case name used in configs and file names ("audio"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The capitalised name used in encoder file names ("Audio"). */
    public String title() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The modality named by its letter, case-insensitive. */
    public static Modality fromLetter(char c) {
        char upper = Character.toUpperCase(c);
        for (Modality m : values()) {
            if (m.letter == upper) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "Unknown modality letter '" + c + "': expected one of A (audio), I (image), T (text), V (video)");
    }

    /** The modality named by its config key ("audio"), case-insensitive. */
    public static Modality fromKey(String key) {
        for (Modality m : values()) {
            if (m.key().equalsIgnoreCase(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "Unknown modality '" + key + "': expected one of audio, image, text, video");
    }

    /** An unmodifiable copy of a map keyed by modality, iterating in the study's order. */
    public static <V> Map<Modality, V> orderedCopy(Map<Modality, V> map) {
        EnumMap<Modality, V> copy = new EnumMap<>(Modality.class);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }
}
