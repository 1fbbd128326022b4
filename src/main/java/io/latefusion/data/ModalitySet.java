package io.latefusion.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * A non-empty set of modalities, named by its letters in the study's order ("AI", "ATV").
 * Immutable; equal sets have equal names.
 */
public final class ModalitySet {

    private final EnumSet<Modality> members;

    private ModalitySet(EnumSet<Modality> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("A modality set needs at least one modality");
        }
        this.members = members;
    }

    /** The set holding the given modalities. */
    public static ModalitySet of(Modality first, Modality... rest) {
        return new ModalitySet(EnumSet.of(first, rest));
    }

    /** The set holding the given modalities (not empty). */
    public static ModalitySet of(Collection<Modality> modalities) {
        if (modalities.isEmpty()) {
            throw new IllegalArgumentException("A modality set needs at least one modality");
        }
        return new ModalitySet(EnumSet.copyOf(modalities));
    }

    /** Parses letters such as "AI" or "ta" (any order, no repeats). */
    @JsonCreator
    public static ModalitySet parse(String letters) {
        if (letters == null || letters.isBlank()) {
            throw new IllegalArgumentException("Empty modality set: expected letters such as AI or ATV");
        }
        EnumSet<Modality> set = EnumSet.noneOf(Modality.class);
        for (char c : letters.trim().toCharArray()) {
            if (!set.add(Modality.fromLetter(c))) {
                throw new IllegalArgumentException("Modality letter '" + c + "' repeated in '" + letters + "'");
            }
        }
        return new ModalitySet(set);
    }

    /** The letters in the study's order. */
    @JsonValue
    public String name() {
        StringBuilder sb = new StringBuilder(members.size());
        for (Modality m : members) {
            sb.append(m.letter());
        }
        return sb.toString();
    }

    /** The modalities in the study's order. */
    public List<Modality> modalities() {
        return List.copyOf(members);
    }

    public boolean contains(Modality m) {
        return members.contains(m);
    }

    public int size() {
        return members.size();
    }

    /** Position of a member in this set's order (0-based). */
    public int indexOf(Modality m) {
        int i = 0;
        for (Modality member : members) {
            if (member == m) {
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("Modality " + m + " is not in " + name());
    }

    /** Whether every member of {@code other} is a member of this set. */
    public boolean containsAll(ModalitySet other) {
        return members.containsAll(other.members);
    }

    /**
     * Every non-empty subset, largest first and, within a size, in the study's order:
     * AI → [AI, A, I]; ATV → [ATV, AT, AV, TV, A, T, V].
     */
    public List<ModalitySet> subsets() {
        List<Modality> list = modalities();
        List<ModalitySet> result = new ArrayList<>();
        for (int mask = 1; mask < (1 << list.size()); mask++) {
            EnumSet<Modality> s = EnumSet.noneOf(Modality.class);
            for (int i = 0; i < list.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    s.add(list.get(i));
                }
            }
            result.add(new ModalitySet(s));
        }
        result.sort(Comparator.comparingInt(ModalitySet::size).reversed().thenComparing(ModalitySet::name));
        return List.copyOf(result);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModalitySet other && members.equals(other.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return name();
    }
}
