package io.latefusion.train;

import ai.djl.ndarray.NDManager;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.SplitData;
import io.latefusion.model.LateFusionModel;
import java.util.ArrayList;
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
    private final MaskedScorer scorer;

    public SubsetEvaluator(Objective objective, int batchSize) {
        this.objective = objective;
        this.scorer = new MaskedScorer(objective, batchSize);
    }

    /** The loss on all modalities, per-subset metrics (each with its loss) and timing. */
    public PhaseRecord evaluate(LateFusionModel model, SplitData split, NDManager parent) {
        long start = System.nanoTime();
        ModalitySet all = model.modalities();
        List<ModalitySet> subsets = all.subsets();
        List<float[]> masks = new ArrayList<>(subsets.size());
        for (ModalitySet subset : subsets) {
            masks.add(mask(all, subset, split.size()));
        }
        MaskedScorer.Outputs outputs = scorer.score(model, split, parent, masks);
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        for (int s = 0; s < subsets.size(); s++) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("loss", outputs.meanLoss()[s]);
            m.putAll(objective.score(outputs.scores()[s], outputs.width(), split.labels()));
            metrics.put(subsets.get(s).name(), m);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new PhaseRecord(outputs.meanLoss()[0], metrics, new Timing(seconds, seconds / outputs.batches()));
    }

    /** The presence mask (rows, M) of rows in which exactly the members of {@code present} are there. */
    private static float[] mask(ModalitySet all, ModalitySet present, int rows) {
        List<Modality> order = all.modalities();
        float[] values = new float[rows * order.size()];
        for (int r = 0; r < rows; r++) {
            for (int m = 0; m < order.size(); m++) {
                values[r * order.size() + m] = present.contains(order.get(m)) ? 1f : 0f;
            }
        }
        return values;
    }
}
