package io.latefusion.data.mosi;

import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.format.NumpyArray;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads MultiBench's {@code mosi_raw.pkl} (DESIGN.md §5) as MultiBench's {@code get_dataloader}
 * prepares it: per split {@code vision} (N, 50, 35), {@code audio} (N, 50, 74) with −inf set to 0,
 * {@code text} (N, 50, 300) and {@code labels} (N, 1, 1); samples whose text is all zeros are dropped;
 * the sequences are left-padded, so a sample starts at its first non-zero text step (for all three
 * modalities, as MultiBench's aligned reading does), and its real steps are moved to the front with
 * that length — MultiBench's {@code max_pad} layout, padding after the data. With {@code zNormalise},
 * each sample's features are standardised over its real steps (unbiased standard deviation; 0/0 read
 * as 0), MultiBench's {@code z_norm}.
 */
public final class MultibenchMosiLoader {

    private static final Modality[] ORDER = {Modality.TEXT, Modality.AUDIO, Modality.VIDEO};
    private static final String[] KEYS = {"text", "audio", "vision"};

    private MultibenchMosiLoader() {
    }

    /** Loads {@code file} under {@code task}. */
    public static MultimodalDataset load(Path file, MosiTask task, boolean zNormalise) {
        return PickledSplits.load(file, task, (pickle, s) -> split(pickle, s, zNormalise));
    }

    private static MosiSamples split(PickledSplits pickle, Split s, boolean zNormalise) {
        String where = pickle.where(s);
        NumpyArray labels = pickle.array(s, "labels", 3, "labels of shape (N, 1, 1)");
        if (labels.dim(1) != 1 || labels.dim(2) != 1) {
            throw new io.latefusion.data.DataException(where + ": 'labels' has shape "
                    + java.util.Arrays.toString(labels.shape()) + " (expected (N, 1, 1))");
        }
        int n = (int) labels.dim(0);
        double[] sentiments = labels.toDoubles();
        NumpyArray[] arrays = new NumpyArray[ORDER.length];
        float[][] values = new float[ORDER.length][];
        for (int m = 0; m < ORDER.length; m++) {
            arrays[m] = pickle.array(s, KEYS[m], 3, "'" + KEYS[m] + "' of shape (N, 50, features)");
            Sequences.requireCount(arrays[m], n, where, KEYS[m], "labels");
            if (arrays[m].dim(1) != arrays[0].dim(1)) {
                throw new io.latefusion.data.DataException(where + ": '" + KEYS[m] + "' has " + arrays[m].dim(1)
                        + " steps but 'text' has " + arrays[0].dim(1) + " (expected word-aligned sequences)");
            }
            values[m] = Sequences.values(arrays[m], ORDER[m] == Modality.AUDIO);
        }
        int steps = (int) arrays[0].dim(1);
        int textSize = (int) arrays[0].dim(2);
        int[] starts = new int[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            starts[i] = firstNonZeroStep(values[0], i, steps, textSize);
            kept += starts[i] < steps ? 1 : 0;
        }
        int[] rows = new int[kept];
        int[] lengths = new int[kept];
        double[] keptSentiments = new double[kept];
        for (int i = 0, j = 0; i < n; i++) {
            if (starts[i] < steps) {
                rows[j] = i;
                lengths[j] = steps - starts[i];
                keptSentiments[j++] = sentiments[i];
            }
        }
        Map<Modality, ModalityData> inputs = new EnumMap<>(Modality.class);
        for (int m = 0; m < ORDER.length; m++) {
            int features = (int) arrays[m].dim(2);
            float[] out = new float[kept * steps * features];
            for (int j = 0; j < kept; j++) {
                int from = (rows[j] * steps + starts[rows[j]]) * features;
                System.arraycopy(values[m], from, out, j * steps * features, lengths[j] * features);
                if (zNormalise) {
                    standardise(out, j * steps * features, lengths[j], features);
                }
            }
            inputs.put(ORDER[m], new ModalityData(new long[] {steps, features}, kept, out, lengths));
        }
        return new MosiSamples(where, inputs, keptSentiments, null);
    }

    /** The first step of sample {@code i} whose text is not all zeros; {@code steps} if there is none. */
    private static int firstNonZeroStep(float[] text, int i, int steps, int features) {
        for (int t = 0; t < steps; t++) {
            int at = (i * steps + t) * features;
            for (int f = 0; f < features; f++) {
                if (text[at + f] != 0f) {
                    return t;
                }
            }
        }
        return steps;
    }

    /** Standardises each feature over the first {@code length} steps at {@code offset}, in place; 0/0 becomes 0. */
    private static void standardise(float[] values, int offset, int length, int features) {
        for (int f = 0; f < features; f++) {
            double mean = 0;
            for (int t = 0; t < length; t++) {
                mean += values[offset + t * features + f];
            }
            mean /= length;
            double squares = 0;
            for (int t = 0; t < length; t++) {
                double d = values[offset + t * features + f] - mean;
                squares += d * d;
            }
            double std = Math.sqrt(squares / (length - 1));
            for (int t = 0; t < length; t++) {
                int at = offset + t * features + f;
                double z = (values[at] - mean) / std;
                if (Float.isFinite(values[at])) { // a non-finite input stays, for the check every load passes
                    values[at] = Double.isNaN(z) ? 0f : (float) Math.max(-Float.MAX_VALUE, Math.min(Float.MAX_VALUE, z));
                }
            }
        }
    }
}
