package io.latefusion.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * A cell's training speed from JMH, read from each benchmark's own mode: steps (and, × the batch size, samples) per second of
 * {@code trainStep}, seconds of a {@code trainEpoch} and of a {@code pretrainEncoder} epoch, each
 * with JMH's error (null where JMH gave none), and the harness's share of the bare DJL loop's
 * speed, {@code trainStep / bareTrainStep}. With the training split's rows known: the end-to-end
 * epoch ({@code epochEndToEnd}: batches, every step, the validation pass) in samples per second,
 * and {@code epochOverheadRatio}, a {@code trainEpoch}'s seconds per sample over a
 * {@code trainStep}'s (1 when an epoch costs exactly its steps; the goal is ≤ 1.05). {@code threads}
 * is the libtorch thread count the figures were measured at (null when the results do not say);
 * a cell measured at several counts is reported at the first.
 */
public record TrainingSpeed(Double trainStepStepsPerS,
                            @JsonProperty("train_step_steps_per_s_error") Double trainStepStepsPerSError,
                            Double trainStepSamplesPerS,
                            @JsonProperty("train_step_samples_per_s_error") Double trainStepSamplesPerSError,
                            Double trainEpochS, @JsonProperty("train_epoch_s_error") Double trainEpochSError,
                            Double pretrainEpochS, @JsonProperty("pretrain_epoch_s_error") Double pretrainEpochSError,
                            Double bareTrainStepStepsPerS, Double harnessOverheadRatio, String threads,
                            Integer trainRows, Double epochEndToEndS,
                            @JsonProperty("epoch_end_to_end_s_error") Double epochEndToEndSError,
                            Double epochEndToEndSamplesPerS, Double epochOverheadRatio) {

    /**
     * Reads {@code results}, one cell's JMH scores; {@code batchSize} and {@code trainRows} may be
     * null (samples/s, resp. the per-sample figures, then unknown).
     */
    static TrainingSpeed of(List<JmhResult> results, Integer batchSize, Integer trainRows) {
        String threads = threads(results);
        List<JmhResult> at = results.stream()
                .filter(r -> threads == null || threads.equals(r.params().getOrDefault("threads", threads))).toList();
        JmhResult step = JmhResult.first(at, "trainStep", "thrpt");
        JmhResult epoch = JmhResult.first(at, "trainEpoch", "ss");
        JmhResult pretrain = JmhResult.first(at, "pretrainEncoder", "ss");
        JmhResult bare = JmhResult.first(at, "bareTrainStep", "thrpt");
        JmhResult endToEnd = JmhResult.first(at, "epochEndToEnd", "ss");
        Double steps = step == null ? null : step.perSecond(step.score());
        Double stepsError = step == null ? null : step.perSecond(step.scoreError());
        Double bareSteps = bare == null ? null : bare.perSecond(bare.score());
        Double samples = times(steps, batchSize);
        Double epochS = epoch == null ? null : epoch.seconds(epoch.score());
        Double endToEndS = endToEnd == null ? null : endToEnd.seconds(endToEnd.score());
        return new TrainingSpeed(steps, stepsError, samples, times(stepsError, batchSize),
                epochS, epoch == null ? null : epoch.seconds(epoch.scoreError()),
                pretrain == null ? null : pretrain.seconds(pretrain.score()),
                pretrain == null ? null : pretrain.seconds(pretrain.scoreError()),
                bareSteps, steps == null || bareSteps == null || bareSteps == 0 ? null : steps / bareSteps,
                threads, trainRows, endToEndS, endToEnd == null ? null : endToEnd.seconds(endToEnd.scoreError()),
                endToEndS == null || trainRows == null || endToEndS == 0 ? null : trainRows / endToEndS,
                epochS == null || samples == null || trainRows == null ? null : epochS * samples / trainRows);
    }

    /** The first {@code threads} parameter among {@code results}, or null. */
    static String threads(List<JmhResult> results) {
        return results.stream().map(r -> r.params().get("threads")).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Double times(Double perStep, Integer batchSize) {
        return perStep == null || batchSize == null ? null : perStep * batchSize;
    }
}
