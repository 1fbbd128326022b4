package io.latefusion.report;

import io.latefusion.experiment.EncoderTraining;
import io.latefusion.experiment.MissingRate;
import io.latefusion.experiment.PoolingCost;
import io.latefusion.experiment.VariantResult;
import io.latefusion.train.RobustnessCurve;
import io.latefusion.train.Convergence;
import io.latefusion.train.PhaseRecord;
import java.util.Map;

/**
 * What a cell reached when trained to convergence, read from its quality run: the target
 * ({@code metric} ≥ {@code target} on {@code targetSubset}), the epoch-1 validation metric (on the
 * full modality set {@code fullSubset}) and loss, epochs and seconds to the target on the validation
 * and the training curve (null: never reached), the best epoch, epochs run and why training stopped,
 * and the test scores of every subset at the best and at the last epoch. {@code testMetric} is the
 * headline: {@code metric} on the full set at the best epoch. The run's pooling (type, missing
 * policy, parameters, multiply-adds), encoder training modes, training missing rates and robustness
 * curves travel along as recorded.
 */
public record QualityReport(String runId, long seed, String metric, String fullSubset, String targetSubset,
                            double target, Double epoch1ValMetric, Double epoch1ValLoss, Integer epochsToTargetVal,
                            Double secondsToTargetVal, Integer epochsToTargetTrain, Double secondsToTargetTrain,
                            int bestEpoch, int epochsRun, String stopReason, String selectBy, Double testMetric,
                            Map<String, Map<String, Double>> testBest, Map<String, Map<String, Double>> testLast,
                            PoolingCost pooling, Map<String, EncoderTraining> encoderTraining,
                            Map<String, MissingRate> trainMissing, Map<String, RobustnessCurve> robustness) {

    /** Reads one quality run. */
    static QualityReport of(QualityRun run) {
        VariantResult r = run.result();
        Convergence c = r.convergence();
        String full = fullSubset(r.testBest());
        return new QualityReport(run.summary().runId(), r.seed(), c.metric(), full, c.subset(), c.target(),
                value(r.epochOne(), full, c.metric()), finite(r.epochOne().loss()), c.validationEpoch(),
                c.validationSeconds(), c.trainEpoch(), c.trainSeconds(), r.bestEpoch(), r.epochsRun(), r.stopReason(),
                r.selectBy(), value(r.testBest(), full, c.metric()), r.testBest().subsets(), r.testFinal().subsets(),
                r.pooling(), r.encoderTraining(), r.trainMissing(), r.robustness());
    }

    /** The test score of {@code metric} on {@code subset} at the best epoch, or null. */
    Double testScore(String metricName, String subset) {
        return testBest.getOrDefault(subset, Map.of()).get(metricName);
    }

    /** The subset with the most modalities: the model's full modality set. */
    private static String fullSubset(PhaseRecord record) {
        String full = "";
        for (String subset : record.subsets().keySet()) {
            if (subset.length() > full.length()) {
                full = subset;
            }
        }
        return full;
    }

    private static Double value(PhaseRecord record, String subset, String metricName) {
        Double v = record.subsets().getOrDefault(subset, Map.of()).get(metricName);
        return v == null ? null : finite(v);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
