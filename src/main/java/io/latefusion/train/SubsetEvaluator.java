package io.latefusion.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import io.latefusion.data.Batch;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.SplitData;
import io.latefusion.model.LateFusionModel;
import io.latefusion.model.MissingRepresentation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a model on a split under every modality subset, in inference mode, batch by batch in
 * closed sub-managers. With zero embeddings the encoders run once per batch and only the fusion
 * and head run per subset; with zeroed inputs the whole model runs per subset.
 */
public final class SubsetEvaluator {

    private final Objective objective;
    private final int batchSize;

    public SubsetEvaluator(Objective objective, int batchSize) {
        this.objective = objective;
        this.batchSize = batchSize;
    }

    /** The loss on all modalities, per-subset metrics (each with its loss) and timing. */
    public PhaseRecord evaluate(LateFusionModel model, SplitData split, NDManager parent) {
        long start = System.nanoTime();
        ModalitySet all = model.modalities();
        List<ModalitySet> subsets = all.subsets();
        int n = split.size();
        int width = -1;
        Map<ModalitySet, float[]> outputs = new LinkedHashMap<>();
        double[] lossSums = new double[subsets.size()];
        Loss loss = objective.loss();
        int[][] batches = BatchOrder.sequential(n, batchSize);
        int offset = 0;
        for (int[] indices : batches) {
            try (NDManager step = parent.newSubManager()) {
                Batch batch = Batch.of(step, split, all, indices);
                ParameterStore store = new ParameterStore(step, false);
                NDList embeddings = model.missingRepresentation() == MissingRepresentation.ZERO_EMBEDDING
                        ? model.embed(store, batch.inputs(), false) : null;
                for (int s = 0; s < subsets.size(); s++) {
                    NDArray mask = mask(step, all, subsets.get(s), indices.length);
                    NDArray scores;
                    if (embeddings != null) {
                        scores = model.classify(store, embeddings, mask, false);
                    } else {
                        NDList inputs = new NDList(batch.inputs().subList(0, all.size()));
                        inputs.add(mask);
                        scores = model.forward(store, inputs, false).singletonOrThrow();
                    }
                    int w = (int) scores.getShape().get(1);
                    width = w;
                    float[] out = outputs.computeIfAbsent(subsets.get(s), k -> new float[n * w]);
                    System.arraycopy(scores.toFloatArray(), 0, out, offset * width, indices.length * width);
                    lossSums[s] += loss.evaluate(new NDList(batch.labels()), new NDList(scores)).getFloat()
                            * indices.length;
                }
            }
            offset += indices.length;
        }
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        for (int s = 0; s < subsets.size(); s++) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("loss", lossSums[s] / n);
            m.putAll(objective.score(outputs.get(subsets.get(s)), width, split.labels()));
            metrics.put(subsets.get(s).name(), m);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new PhaseRecord(lossSums[0] / n, metrics, new Timing(seconds, seconds / batches.length));
    }

    /** The presence mask of a batch in which exactly the members of {@code present} are there. */
    static NDArray mask(NDManager manager, ModalitySet all, ModalitySet present, int rows) {
        List<Modality> order = all.modalities();
        float[] values = new float[rows * order.size()];
        for (int r = 0; r < rows; r++) {
            for (int m = 0; m < order.size(); m++) {
                values[r * order.size() + m] = present.contains(order.get(m)) ? 1f : 0f;
            }
        }
        return manager.create(values, new Shape(rows, order.size()));
    }
}
