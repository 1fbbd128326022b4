package io.latefusion.data.mosi;

import io.latefusion.data.DataException;
import io.latefusion.data.ModalityData;
import io.latefusion.data.format.NumpyArray;

/** Turns a (N, T, F) array into sequences: the audio −inf cells both layouts zero, and a check that all is finite. */
final class Sequences {

    private Sequences() {
    }

    /**
     * The values of {@code array} (N, T, F) as floats, −inf set to 0 when {@code zeroNegativeInfinity}
     * (COVAREP's log features, zeroed by MMSA and MultiBench alike); any other non-finite value is an
     * error naming {@code where} and {@code key}.
     */
    static float[] values(NumpyArray array, String where, String key, boolean zeroNegativeInfinity) {
        float[] values = array.toFloats();
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                if (zeroNegativeInfinity && values[i] == Float.NEGATIVE_INFINITY) {
                    values[i] = 0f;
                } else {
                    throw new DataException(where + ": '" + key + "' holds " + values[i] + " at flat index " + i
                            + " (expected finite values" + (zeroNegativeInfinity ? "; only -inf is read as 0" : "") + ")");
                }
            }
        }
        return values;
    }

    /** (N, T, F) values as modality data with the given lengths (null: every step is real). */
    static ModalityData of(NumpyArray array, float[] values, int[] lengths) {
        return new ModalityData(new long[] {array.dim(1), array.dim(2)}, (int) array.dim(0), values, lengths);
    }

    /** Whether the N of {@code array} is {@code n}; otherwise an error naming both keys. */
    static void requireCount(NumpyArray array, int n, String where, String key, String reference) {
        if (array.dim(0) != n) {
            throw new DataException(where + ": '" + key + "' has " + array.dim(0) + " samples but '" + reference
                    + "' has " + n + " (expected the same N in every array of a split)");
        }
    }
}
