package io.latefusion.data;

/**
 * What every loaded data set must hold, whatever its loader and layout: samples in every split,
 * finite input values and labels its task can take. Checked once, where every load passes
 * ({@link Datasets#load}), so a NaN in a file is refused before any training rather than found as a
 * NaN loss.
 */
final class LoadedDataCheck {

    private LoadedDataCheck() {
    }

    /** Refuses {@code data} with a one-line {@link DataException} that starts with {@code origin} (its file or folder). */
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
            requireLabels(samples.labels(), data.numClasses(), where);
        }
    }

    private static void requireFinite(ModalityData input, String where) {
        float[] values = input.values();
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                int size = input.sampleSize();
                throw new DataException(where + ": sample " + i / size + " holds " + values[i] + " at value "
                        + i % size + ", expected finite numbers");
            }
        }
    }

    private static void requireLabels(Labels labels, int numClasses, String where) {
        float[] values = labels.values();
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            boolean ok = switch (labels.task()) {
                case SINGLE_LABEL -> v >= 0 && v < numClasses && v == Math.rint(v);
                case MULTI_LABEL -> v == 0 || v == 1;
                case REGRESSION -> Float.isFinite(v);
            };
            if (!ok) {
                throw new DataException(where + ": sample " + i / labels.width() + " has the label " + v + ", expected "
                        + switch (labels.task()) {
                            case SINGLE_LABEL -> "a class 0.." + (numClasses - 1);
                            case MULTI_LABEL -> "0 or 1 for every class";
                            case REGRESSION -> "a finite number";
                        });
            }
        }
    }
}
