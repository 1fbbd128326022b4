package io.latefusion.data;

/**
 * What every loaded data set must hold, whatever its loader and layout: samples in every split and
 * finite input values (each loader checks its labels as it reads them). Checked once, where every
 * load passes ({@link Datasets#load}), so a NaN in a file is refused before any training rather than
 * found as a NaN loss.
 */
final class LoadedDataCheck {

    private LoadedDataCheck() {
    }

    /** Refuses {@code data} with a one-line {@link DataException} starting with {@code origin} (its file or folder). */
    static void require(MultimodalDataset data, String origin) {
        for (Split split : Split.values()) {
            SplitData samples = data.split(split);
            String where = origin + ": " + split.key() + " split";
            if (samples.size() == 0) {
                throw new DataException(where + " has no samples, expected at least one");
            }
            for (Modality m : data.modalities().modalities()) {
                requireFinite(samples.input(m), where + ", " + m.key() + " input");
            }
        }
    }

    /** One streaming pass, a sample at a time, so mapped data is checked without being held. */
    private static void requireFinite(ModalityData input, String where) {
        float[] sample = new float[input.sampleSize()];
        for (int s = 0; s < input.count(); s++) {
            input.copySample(s, sample, 0);
            for (int i = 0; i < sample.length; i++) {
                if (!Float.isFinite(sample[i])) {
                    throw new DataException(where + ": sample " + s + " holds " + sample[i] + " at value " + i
                            + ", expected finite numbers");
                }
            }
        }
    }
}
