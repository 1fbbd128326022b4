package io.latefusion.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import io.latefusion.data.Batch;
import io.latefusion.data.SplitData;
import io.latefusion.model.LateFusionModel;
import io.latefusion.model.MissingRepresentation;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a model in inference mode over a split under several presence masks in one pass, batch by
 * batch in closed sub-managers: with zero embeddings the encoders run once per batch and only the
 * fusion and head run per mask; with zeroed inputs the whole model runs per mask. What the subset
 * scores and the robustness curve are both made of.
 */
final class MaskedScorer {

    private final Objective objective;
    private final int batchSize;

    MaskedScorer(Objective objective, int batchSize) {
        this.objective = objective;
        this.batchSize = batchSize;
    }

    /**
     * The raw outputs per mask (row-major, {@code width} per sample), the mean loss per mask, and
     * the number of batches.
     */
    record Outputs(float[][] scores, int width, double[] meanLoss, int batches) {
    }

    /**
     * Scores {@code split} under each of {@code masks}; a mask holds, row-major (N, M) over the
     * split's rows, 1 where a sample has a modality and 0 where it is absent.
     */
    Outputs score(LateFusionModel model, SplitData split, NDManager parent, List<float[]> masks) {
        int n = split.size();
        int m = model.modalities().size();
        for (float[] mask : masks) {
            if (mask.length != n * m) {
                throw new IllegalArgumentException("Mask has " + mask.length + " values, expected " + n * m);
            }
        }
        int width = model.outputs();
        float[][] scores = new float[masks.size()][n * width];
        double[] lossSums = new double[masks.size()];
        Loss loss = objective.loss();
        int[][] batches = BatchOrder.sequential(n, batchSize);
        int offset = 0;
        for (int[] indices : batches) {
            try (NDManager step = parent.newSubManager()) {
                Batch batch = Batch.of(step, split, model.modalities(), indices);
                ParameterStore store = new ParameterStore(step, false);
                NDList embeddings = model.missingRepresentation() == MissingRepresentation.ZERO_EMBEDDING
                        ? model.embed(store, batch.inputs(), false) : null;
                for (int k = 0; k < masks.size(); k++) {
                    float[] rows = Arrays.copyOfRange(masks.get(k), offset * m, (offset + indices.length) * m);
                    NDArray mask = step.create(rows, new Shape(indices.length, m));
                    NDArray out;
                    if (embeddings != null) {
                        out = model.classify(store, embeddings, mask, false);
                    } else {
                        out = model.forward(store, batch.inputsWithMask(mask), false).singletonOrThrow();
                    }
                    System.arraycopy(out.toFloatArray(), 0, scores[k], offset * width, indices.length * width);
                    lossSums[k] += loss.evaluate(new NDList(batch.labels()), new NDList(out)).getFloat()
                            * indices.length;
                }
            }
            offset += indices.length;
        }
        double[] meanLoss = new double[masks.size()];
        for (int k = 0; k < masks.size(); k++) {
            meanLoss[k] = lossSums[k] / n;
        }
        return new Outputs(scores, width, meanLoss, batches.length);
    }
}
