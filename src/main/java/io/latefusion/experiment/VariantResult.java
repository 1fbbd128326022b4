package io.latefusion.experiment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.latefusion.train.Convergence;
import io.latefusion.train.PhaseRecord;
import io.latefusion.train.RobustnessCurve;
import io.latefusion.train.TrainOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one variant produced, with its provenance. {@code testBest} is the test scoring of the
 * best epoch's weights (the checkpoint a user would keep); {@code testFinal} that of the last
 * epoch; {@code epochOne} the validation scores after one epoch (the study's first comparison).
 * {@code encoderTraining} says how each pre-trained encoder trained (frozen or fine-tuned, with its
 * learning-rate multiplier), {@code trainMissing} each configured training missing rate next to the
 * realised one, and {@code robustness} the best weights' test score per modality as that modality
 * goes missing at test time, and {@code train} the training options the variant ran with (the
 * config's train section with the variant's own {@code train} keys laid over it). Maps are keyed by
 * modality name. Results written before these fields existed still read (empty maps, null options;
 * their {@code freeze} flag is dropped).
 */
@JsonIgnoreProperties(value = {"test_checkpoint", "freeze"}, allowGetters = true)
public record VariantResult(String variant, String dataset, String layout, long seed, String dataFingerprint,
                            String missingRepresentation, PoolingCost pooling,
                            Map<String, EncoderTraining> encoderTraining,
                            Map<String, PretrainUse> pretrainedEncoders, Map<String, MissingRate> trainMissing,
                            int epochsRun, int bestEpoch, String selectBy, String stopReason, PhaseRecord epochOne,
                            PhaseRecord testBest, PhaseRecord testFinal, Map<String, RobustnessCurve> robustness,
                            Convergence convergence, Cost cost, TrainOptions train) {

    public VariantResult {
        encoderTraining = copy(encoderTraining);
        pretrainedEncoders = copy(pretrainedEncoders);
        trainMissing = copy(trainMissing);
        robustness = copy(robustness);
    }

    /** Says in the record which weights each test entry scored (written, not read back). */
    @JsonProperty("test_checkpoint")
    public String testCheckpoint() {
        return "test_best and robustness score the weights of epoch " + bestEpoch + " (the best by validation "
                + selectBy + ", the checkpoint kept); test_final those of the last epoch, " + epochsRun;
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
