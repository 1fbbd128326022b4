package io.latefusion.train;

import java.util.List;

/**
 * When a run first reached its quality target, read two ways: on the validation curve (how the
 * field reads it) and on the training curve (how the study read its "epochs to 99 %", with
 * dropout on). Epochs are 1-based; null where the target was never reached.
 */
public record Convergence(String metric, String subset, double target, Integer validationEpoch,
                          Double validationSeconds, Integer trainEpoch, Double trainSeconds) {

    /** Reads both curves of {@code epochs} against {@code target}; {@code subset} names the modality set. */
    public static Convergence of(List<EpochRecord> epochs, TargetOptions target, String subset) {
        Integer valEpoch = null;
        Double valSeconds = null;
        Integer trainEpoch = null;
        Double trainSeconds = null;
        for (EpochRecord r : epochs) {
            if (valEpoch == null && target.reachedBy(r.validation().metric(subset, target.metric()))) {
                valEpoch = r.epoch();
                valSeconds = r.elapsedSeconds();
            }
            if (trainEpoch == null && r.train().subsets().containsKey(subset)
                    && target.reachedBy(r.train().metric(subset, target.metric()))) {
                trainEpoch = r.epoch();
                trainSeconds = r.elapsedSeconds();
            }
        }
        return new Convergence(target.metric(), subset, target.value(), valEpoch, valSeconds, trainEpoch, trainSeconds);
    }

}
