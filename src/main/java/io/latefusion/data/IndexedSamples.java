package io.latefusion.data;

/**
 * Rows that refer to shared samples: row {@code i} is sample {@code rows[i]} of {@code shared}, so a
 * sample many rows use (a spectrogram several CSV lines list) is held once.
 */
public record IndexedSamples(Samples shared, int[] rows) implements Samples {

    public IndexedSamples {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0 || rows[i] >= shared.count()) {
                throw new IllegalArgumentException("Row " + i + " refers to sample " + rows[i] + ", expected 0.."
                        + (shared.count() - 1));
            }
        }
        rows = rows.clone();
    }

    @Override
    public int count() {
        return rows.length;
    }

    @Override
    public int sampleSize() {
        return shared.sampleSize();
    }

    @Override
    public void copy(int index, float[] dest, int offset) {
        shared.copy(rows[index], dest, offset);
    }
}
