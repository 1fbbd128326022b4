package io.latefusion.data.mosi;

import io.latefusion.data.DataException;
import io.latefusion.data.ModalityData;
import io.latefusion.data.format.NumpyArray;

/**
 * Turns a (N, T, F) array into sequences, with the audio −inf cells both layouts zero (any other
 * non-finite value is left for the check every loaded data set passes).
 */
final class Sequences {

    private Sequences() {
    }

    /**
     * The values of {@code array} (N, T, F) as floats, −inf set to 0 when {@code zeroNegativeInfinity}
     * (COVAREP's log features, zeroed by MMSA and MultiBench alike).
     */
    static float[] values(NumpyArray array, boolean zeroNegativeInfinity) {
        float[] values = array.toFloats();
        if (zeroNegativeInfinity) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == Float.NEGATIVE_INFINITY) {
                    values[i] = 0f;
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
