package io.latefusion.experiment;

import io.latefusion.train.Convergence;
import io.latefusion.train.PhaseRecord;
import java.util.Map;

/**
 * What one variant produced, with its provenance. {@code testBest} is the test scoring of the
 * best epoch's weights (the checkpoint a user would keep); {@code testFinal} that of the last
 * epoch; {@code epochOne} the validation scores after one epoch (the study's first comparison).
 */
public record VariantResult(String variant, String dataset, String layout, long seed, String dataFingerprint,
                            String missingRepresentation, boolean freeze, Map<String, PretrainUse> pretrainedEncoders,
                            int epochsRun, int bestEpoch, String selectBy, String stopReason, PhaseRecord epochOne,
                            PhaseRecord testBest, PhaseRecord testFinal, Convergence convergence, Cost cost) {
}
