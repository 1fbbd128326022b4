package io.latefusion.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A cell's training speed from JMH, read from each benchmark's own mode: steps (and, × the batch size, samples) per second of
 * {@code trainStep}, seconds of a {@code trainEpoch} and of a {@code pretrainEncoder} epoch, each
 * with JMH's error (null where JMH gave none), and the harness's share of the bare DJL loop's
 * speed, {@code trainStep / bareTrainStep}.
 */
public record TrainingSpeed(Double trainStepStepsPerS,
                            @JsonProperty("train_step_steps_per_s_error") Double trainStepStepsPerSError,
                            Double trainStepSamplesPerS,
                            @JsonProperty("train_step_samples_per_s_error") Double trainStepSamplesPerSError,
                            Double trainEpochS, @JsonProperty("train_epoch_s_error") Double trainEpochSError,
                            Double pretrainEpochS, @JsonProperty("pretrain_epoch_s_error") Double pretrainEpochSError,
                            Double bareTrainStepStepsPerS, Double harnessOverheadRatio) {

    /** Reads {@code results}, one cell's JMH scores; {@code batchSize} may be null (samples/s then unknown). */
    static TrainingSpeed of(List<JmhResult> results, Integer batchSize) {
        JmhResult step = JmhResult.first(results, "trainStep", "thrpt");
        JmhResult epoch = JmhResult.first(results, "trainEpoch", "ss");
        JmhResult pretrain = JmhResult.first(results, "pretrainEncoder", "ss");
        JmhResult bare = JmhResult.first(results, "bareTrainStep", "thrpt");
        Double steps = step == null ? null : step.perSecond(step.score());
        Double stepsError = step == null ? null : step.perSecond(step.scoreError());
        Double bareSteps = bare == null ? null : bare.perSecond(bare.score());
        return new TrainingSpeed(steps, stepsError, times(steps, batchSize), times(stepsError, batchSize),
                epoch == null ? null : epoch.seconds(epoch.score()),
                epoch == null ? null : epoch.seconds(epoch.scoreError()),
                pretrain == null ? null : pretrain.seconds(pretrain.score()),
                pretrain == null ? null : pretrain.seconds(pretrain.scoreError()),
                bareSteps, steps == null || bareSteps == null || bareSteps == 0 ? null : steps / bareSteps);
    }

    private static Double times(Double perStep, Integer batchSize) {
        return perStep == null || batchSize == null ? null : perStep * batchSize;
    }
}
