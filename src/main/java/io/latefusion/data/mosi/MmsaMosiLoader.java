package io.latefusion.data.mosi;

import io.latefusion.data.DataException;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.format.NumpyArray;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads MMSA's {@code aligned_50.pkl} or {@code unaligned_50.pkl} (DESIGN.md §5): per split
 * {@code text} (N, 50, 768) BERT features, {@code audio} (N, L, 5) with −inf read as 0 as MMSA does,
 * {@code vision} (N, L, 20), optional {@code audio_lengths} / {@code vision_lengths} (an array or a
 * list), {@code regression_labels} (N) and, for the 3-class task, {@code classification_labels}
 * (0 negative, 1 neutral, 2 positive) when present — the labels the study trained on. Text has no
 * lengths in these files and runs its whole 50 steps, as in the study. With {@code useLengths} false
 * the audio and video lengths are ignored too, so every encoder runs all L steps as the study's LSTMs
 * did.
 */
public final class MmsaMosiLoader {

    private MmsaMosiLoader() {
    }

    /** Loads {@code file} under {@code task}. */
    public static MultimodalDataset load(Path file, MosiTask task, boolean useLengths) {
        return PickledSplits.load(file, task, (pickle, s) -> split(pickle, s, useLengths));
    }

    private static MosiSamples split(PickledSplits pickle, Split s, boolean useLengths) {
        String where = pickle.where(s);
        NumpyArray labels = pickle.array(s, "regression_labels", 1, "regression_labels of shape (N,)");
        int n = labels.size();
        double[] sentiments = labels.toDoubles();
        Map<Modality, ModalityData> inputs = new EnumMap<>(Modality.class);
        inputs.put(Modality.TEXT, sequences(pickle, s, textKey(pickle, s), null, n, false));
        inputs.put(Modality.AUDIO, sequences(pickle, s, "audio", useLengths ? "audio_lengths" : null, n, true));
        inputs.put(Modality.VIDEO, sequences(pickle, s, "vision", useLengths ? "vision_lengths" : null, n, false));
        int[] classes = null;
        if (pickle.has(s, "classification_labels")) {
            NumpyArray c = pickle.array(s, "classification_labels", 1, "classification_labels of shape (N,)");
            Sequences.requireCount(c, n, where, "classification_labels", "regression_labels");
            double[] d = c.toDoubles();
            classes = new int[n];
            for (int i = 0; i < n; i++) {
                if (d[i] != 0 && d[i] != 1 && d[i] != 2) {
                    throw new DataException(where + ": 'classification_labels'[" + i + "] = " + d[i]
                            + " (expected 0 negative, 1 neutral or 2 positive)");
                }
                classes[i] = (int) d[i];
            }
        }
        return new MosiSamples(where, inputs, sentiments, classes);
    }

    /** {@code text}, or {@code text_bert} when it holds features (N, L, D > 3) rather than token ids. */
    private static String textKey(PickledSplits pickle, Split s) {
        if (pickle.has(s, "text") || !pickle.has(s, "text_bert")) {
            return "text";
        }
        NumpyArray bert = pickle.array(s, "text_bert", 3, "text features (N, L, D)");
        if (bert.dim(2) <= 3) {
            throw new DataException(pickle.where(s) + ": has no 'text' features and 'text_bert' has shape "
                    + java.util.Arrays.toString(bert.shape()) + ", BERT token ids for fine-tuning (expected text"
                    + " features (N, 50, 768) under 'text')");
        }
        return "text_bert";
    }

    private static ModalityData sequences(PickledSplits pickle, Split s, String key, String lengthsKey, int n,
                                          boolean audio) {
        String where = pickle.where(s);
        NumpyArray array = pickle.array(s, key, 3, "'" + key + "' of shape (N, L, features)");
        Sequences.requireCount(array, n, where, key, "regression_labels");
        int[] lengths = lengthsKey != null && pickle.has(s, lengthsKey)
                ? pickle.lengths(s, lengthsKey, n, array.dim(1)) : null;
        return Sequences.of(array, Sequences.values(array, audio), lengths);
    }
}
