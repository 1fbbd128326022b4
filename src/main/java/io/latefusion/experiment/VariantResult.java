package io.latefusion.experiment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.latefusion.train.Convergence;
import io.latefusion.train.PhaseRecord;
import java.util.Map;

/**
 * What one variant produced, with its provenance. {@code testBest} is the test scoring of the
 * best epoch's weights (the checkpoint a user would keep); {@code testFinal} that of the last
 * epoch; {@code epochOne} the validation scores after one epoch (the study's first comparison).
 */
@JsonIgnoreProperties(value = "test_checkpoint", allowGetters = true)
public record VariantResult(String variant, String dataset, String layout, long seed, String dataFingerprint,
                            String missingRepresentation, boolean freeze, Map<String, PretrainUse> pretrainedEncoders,
                            int epochsRun, int bestEpoch, String selectBy, String stopReason, PhaseRecord epochOne,
                            PhaseRecord testBest, PhaseRecord testFinal, Convergence convergence, Cost cost) {

    /** Says in the record which weights each test entry scored (written, not read back). */
    @JsonProperty("test_checkpoint")
    public String testCheckpoint() {
        return "test_best scores the weights of epoch " + bestEpoch + " (the best by validation " + selectBy
                + ", the checkpoint kept); test_final those of the last epoch, " + epochsRun;
    }
}
