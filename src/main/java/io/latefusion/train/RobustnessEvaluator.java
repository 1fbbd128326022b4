package io.latefusion.train;

import ai.djl.ndarray.NDManager;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.SplitData;
import io.latefusion.metrics.TaskMetrics;
import io.latefusion.model.LateFusionModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The test-time robustness curves of a model: for each modality, the test score as that
 * modality's missing rate goes 0, 0.1, …, 1 (every other modality present). Each sample's mask is
 * a Bernoulli draw from a {@link MissingModalitySampler} with its own seed, the same seed at every
 * rate, so the samples missing at one rate are also missing at every higher one and the curve moves
 * only with the rate. The never-all-missing rule never fires: the other modalities stay present.
 * Every mask of every curve is scored in one pass over the split (see {@link MaskedScorer}).
 */
public final class RobustnessEvaluator {

    /** The missing rates of a curve: 0, 0.1, …, 1. */
    public static final List<Double> RATES = rates(10);

    /** Kept apart from the training draws: test masks are not the masks training saw. */
    private static final long TEST_STREAM = 0x7E57_3A5C_0B0E_5EEDL;

    private final Objective objective;
    private final MaskedScorer scorer;
    private final long seed;

    public RobustnessEvaluator(Objective objective, int batchSize, long seed) {
        this.objective = objective;
        this.scorer = new MaskedScorer(objective, batchSize);
        this.seed = seed ^ TEST_STREAM;
    }

    /** One curve per modality of {@code model}, in modality order; empty for a model of one modality. */
    public Map<Modality, RobustnessCurve> evaluate(LateFusionModel model, SplitData test, NDManager parent) {
        ModalitySet all = model.modalities();
        if (all.size() < 2) {
            return Map.of();
        }
        List<float[]> masks = new ArrayList<>();
        for (Modality m : all.modalities()) {
            for (double rate : RATES) {
                masks.add(new MissingModalitySampler(all, Map.of(m, rate), seed).next(test.size()));
            }
        }
        MaskedScorer.Outputs outputs = scorer.score(model, test, parent, masks);
        Map<Modality, RobustnessCurve> curves = new EnumMap<>(Modality.class);
        String metric = TaskMetrics.headline(objective.task());
        int k = 0;
        for (Modality m : all.modalities()) {
            List<Double> scores = new ArrayList<>();
            for (int r = 0; r < RATES.size(); r++, k++) {
                scores.add(objective.score(outputs.scores()[k], outputs.width(), test.labels()).get(metric));
            }
            curves.put(m, RobustnessCurve.of(metric, RATES, scores));
        }
        return Collections.unmodifiableMap(curves);
    }

    private static List<Double> rates(int steps) {
        List<Double> rates = new ArrayList<>(steps + 1);
        for (int i = 0; i <= steps; i++) {
            rates.add(i / (double) steps);
        }
        return List.copyOf(rates);
    }
}
