package io.latefusion.experiment;

import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which encoders start from pre-trained weights, written compactly: {@code none}, {@code all}, the
 * letters of the pre-trained encoders ({@code A}, {@code AI}, {@code TV}), or the study's names
 * {@code <letter>_Scratch} = all but that one.
 */
public final class PretrainMask {

    private PretrainMask() {
    }

    /** The pre-trained modalities of {@code mask} within {@code all}; empty for {@code none}. */
    public static List<Modality> parse(String mask, ModalitySet all) {
        String m = mask == null ? "" : mask.trim();
        if (m.equalsIgnoreCase("none")) {
            return List.of();
        }
        if (m.equalsIgnoreCase("all")) {
            return all.modalities();
        }
        try {
            if (m.toLowerCase(Locale.ROOT).endsWith("_scratch")) {
                ModalitySet scratch = ModalitySet.parse(m.substring(0, m.length() - "_scratch".length()));
                requireWithin(scratch, all, mask);
                if (scratch.equals(all)) {
                    throw new IllegalArgumentException("'" + mask + "' leaves no encoder pre-trained (that is none)");
                }
                List<Modality> rest = new ArrayList<>(all.modalities());
                rest.removeAll(scratch.modalities());
                return List.copyOf(rest);
            }
            ModalitySet set = ModalitySet.parse(m);
            requireWithin(set, all, mask);
            return set.modalities();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid pretrain mask '" + mask + "': " + e.getMessage()
                    + " (expected " + validValues(all) + ")", e);
        }
    }

    /**
     * The standard spelling of a mask: {@code none}, {@code all}, the upper-case letters in the
     * study's order ({@code AI}), or {@code <letters>_Scratch}; an error for anything else.
     */
    public static String canonical(String mask, ModalitySet all) {
        List<Modality> pretrained = parse(mask, all);
        String m = mask.trim();
        if (m.equalsIgnoreCase("none") || m.equalsIgnoreCase("all")) {
            return m.toLowerCase(Locale.ROOT);
        }
        if (m.toLowerCase(Locale.ROOT).endsWith("_scratch")) {
            return ModalitySet.parse(m.substring(0, m.length() - "_scratch".length())).name() + "_Scratch";
        }
        return ModalitySet.of(pretrained).name();
    }

    /** The values a mask may take for a data set with {@code all} modalities, for messages. */
    public static String validValues(ModalitySet all) {
        List<String> values = new ArrayList<>(List.of("none", "all"));
        all.subsets().forEach(s -> values.add(s.name()));
        all.modalities().forEach(x -> values.add(x.letter() + "_Scratch"));
        return String.join(", ", values);
    }

    private static void requireWithin(ModalitySet set, ModalitySet all, String mask) {
        if (!all.containsAll(set)) {
            throw new IllegalArgumentException("'" + mask + "' names a modality the data set lacks (it has " + all + ")");
        }
    }
}
