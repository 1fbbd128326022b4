package io.latefusion.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * One batch as NDArrays: the inputs of each modality in the model's order, then the presence mask
 * (B, M), then — only when some modality carries per-sample lengths — the lengths (B, M) as floats
 * (a modality without lengths gets its whole first axis), and the targets. Create it in a per-step
 * sub-manager and close that manager after the step: every array of the batch and of the step's
 * computation then goes with it.
 *
 * @param inputs one array per modality, then the mask, then the lengths if any
 * @param labels targets: class indices (B) for single-label, (B, width) otherwise
 * @param size   the number of samples
 */
public record Batch(NDList inputs, NDArray labels, int size) {

    /**
     * Copies the rows {@code indices} of {@code split} into {@code manager}, with every member of
     * {@code modalities} present in every sample.
     */
    public static Batch of(NDManager manager, SplitData split, ModalitySet modalities, int[] indices) {
        float[] mask = new float[indices.length * modalities.size()];
        java.util.Arrays.fill(mask, 1f);
        return of(manager, split, modalities, indices, mask);
    }

    /**
     * Copies the rows {@code indices} of {@code split} into {@code manager}; {@code mask} holds,
     * row-major (B, M), 1 where a sample has a modality and 0 where it is missing.
     */
    public static Batch of(NDManager manager, SplitData split, ModalitySet modalities, int[] indices,
                           float[] mask) {
        List<Modality> order = modalities.modalities();
        if (mask.length != indices.length * order.size()) {
            throw new IllegalArgumentException("Mask has " + mask.length + " values, expected "
                    + indices.length * order.size());
        }
        NDList inputs = new NDList(order.size() + 1);
        for (Modality m : order) {
            ModalityData data = split.input(m);
            int n = data.sampleSize();
            float[] values = new float[indices.length * n];
            for (int i = 0; i < indices.length; i++) {
                data.copySample(indices[i], values, i * n);
            }
            long[] dims = new long[data.sampleShape().length + 1];
            dims[0] = indices.length;
            System.arraycopy(data.sampleShape(), 0, dims, 1, dims.length - 1);
            inputs.add(manager.create(values, new Shape(dims)));
        }
        inputs.add(manager.create(mask, new Shape(indices.length, order.size())));
        if (order.stream().anyMatch(m -> split.input(m).hasLengths())) {
            float[] lengths = new float[indices.length * order.size()];
            for (int i = 0; i < indices.length; i++) {
                for (int m = 0; m < order.size(); m++) {
                    lengths[i * order.size() + m] = split.input(order.get(m)).length(indices[i]);
                }
            }
            inputs.add(manager.create(lengths, new Shape(indices.length, order.size())));
        }
        Labels labels = split.labels();
        float[] targets = new float[indices.length * labels.width()];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(labels.values(), indices[i] * labels.width(), targets, i * labels.width(), labels.width());
        }
        Shape labelShape = labels.width() == 1 ? new Shape(indices.length) : new Shape(indices.length, labels.width());
        return new Batch(inputs, manager.create(targets, labelShape), indices.length);
    }

    /** The inputs with the presence mask replaced by {@code mask} (B, M): the same batch under another mask. */
    public NDList inputsWithMask(NDArray mask) {
        NDList out = new NDList(inputs.size());
        int m = (int) mask.getShape().get(1);
        for (int i = 0; i < inputs.size(); i++) {
            out.add(i == m ? mask : inputs.get(i));
        }
        return out;
    }
}
