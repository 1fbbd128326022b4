package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.mmimdb.SyntheticMmimdb;
import io.latefusion.data.mmimdb.SyntheticMmimdbOptions;
import io.latefusion.metrics.MultiLabelMetrics;
import io.latefusion.model.EncoderOptions;
import io.latefusion.model.EncoderType;
import io.latefusion.model.HeadOptions;
import io.latefusion.model.HeadType;
import io.latefusion.model.LateFusionModel;
import io.latefusion.model.MissingRepresentation;
import io.latefusion.model.ModelFactory;
import io.latefusion.model.ModelOptions;
import io.latefusion.model.fusion.FusionType;
import io.latefusion.model.fusion.MissingPolicy;
import io.latefusion.model.fusion.PoolingOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Multi-label training end to end on synthetic MM-IMDb: the study's encoders, fusion and head. */
class MultiLabelTrainingTest {

    private static final MultimodalDataset DATA = SyntheticMmimdb.generate(
            new SyntheticMmimdbOptions(800, 200, 300, 300, 256, 16, 0.5, 1.5, 1.0, 0.5), 3);

    private static TrainOptions training(int epochs) {
        return training(epochs, MultiLabelOptions.study());
    }

    private static TrainOptions training(int epochs, MultiLabelOptions multiLabel) {
        return new TrainOptions(32, epochs, OptimizerType.ADAM, 2e-3, 1e-4, new EarlyStoppingOptions(false, 5, 0.0),
                "loss", new TargetOptions("f1_micro", null, 0.5), Map.of(), multiLabel, null);
    }

    private static LateFusionModel studysModel() {
        ModelOptions options = new ModelOptions(
                Map.of(Modality.TEXT, new EncoderOptions(EncoderType.MLP, 64, 1, 0),
                        Modality.IMAGE, new EncoderOptions(EncoderType.MLP, 64, 1, 0)),
                new PoolingOptions(FusionType.GMU_SCALAR, 64, 0.1, MissingPolicy.ZERO),
                new HeadOptions(List.of(64), List.of(0.2), HeadType.MAXOUT), MissingRepresentation.ZERO_EMBEDDING);
        return ModelFactory.fusionModel(options, DATA.modalities(), DATA::sampleShape, DATA.numClasses());
    }

    /** Micro-F1 of predicting the most frequent training genre, and only it, for every test movie. */
    private static double mostFrequentGenreBaseline() {
        float[] train = DATA.split(Split.TRAIN).labels().values();
        int width = DATA.numClasses();
        int[] counts = new int[width];
        for (int i = 0; i < train.length; i++) {
            counts[i % width] += train[i] > 0 ? 1 : 0;
        }
        int top = 0;
        for (int l = 1; l < width; l++) {
            top = counts[l] > counts[top] ? l : top;
        }
        float[] test = DATA.split(Split.TEST).labels().values();
        boolean[] truth = new boolean[test.length];
        boolean[] predicted = new boolean[test.length];
        for (int i = 0; i < test.length; i++) {
            truth[i] = test[i] > 0;
            predicted[i] = i % width == top;
        }
        return MultiLabelMetrics.of(truth, predicted, width).f1Micro();
    }

    @Test
    void studysModelLearnsGenresBeyondTheMostFrequentOneAndTextBeatsImage() {
        LateFusionModel model = studysModel();
        MultiLabelObjective objective = MultiLabelObjective.standard(DATA.classNames());
        TrainingRun run = new TrainingLoop(training(6), objective).run("mmimdb", model, DATA, 5, Map.of(),
                (r, best, cap) -> { });

        double baseline = mostFrequentGenreBaseline();
        PhaseRecord test = run.best().test();
        assertThat(run.testBest()).isEqualTo(test);
        assertThat(run.thresholds().tuned()).isFalse();
        assertThat(run.thresholds().values()).hasSize(23).containsEntry("Drama", 0.5);
        assertThat(test.subsets()).containsOnlyKeys("IT", "I", "T");
        assertThat(test.subsets().get("IT")).containsKeys("loss", "f1_samples", "f1_macro", "f1_micro", "f1_weighted",
                "f1_label/Drama", "f1_label/Film-Noir");
        assertThat(run.last().train().loss()).isLessThan(run.epochs().get(0).train().loss());
        assertThat(test.metric("IT", "f1_micro")).isGreaterThan(baseline + 0.05);
        assertThat(test.metric("T", "f1_micro")).isGreaterThan(test.metric("I", "f1_micro"));
    }

    @Test
    void tunedThresholdsScoreTheBestCheckpointWhileTheEpochRecordsKeepTheFixedOne() {
        MultiLabelObjective objective = MultiLabelObjective.standard(DATA.classNames());
        TrainingRun fixed = new TrainingLoop(training(3), objective).run("fixed", studysModel(), DATA, 5, Map.of(),
                (r, best, cap) -> { });
        MultiLabelOptions tune = new MultiLabelOptions(MultiLabelOptions.PositiveWeight.NONE, 0.5,
                MultiLabelOptions.ThresholdRule.TUNED);
        TrainingRun tuned = new TrainingLoop(training(3, tune), objective).run("tuned", studysModel(), DATA, 5,
                Map.of(), (r, best, cap) -> { });

        // the same training: every epoch record (validation curves, model selection) at the fixed 0.5; clocks and
        // the process's memory differ between any two runs
        assertThat(tuned.epochs()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("elapsedSeconds", "train.timing",
                "validation.timing", "test.timing", "memory").isEqualTo(fixed.epochs());
        assertThat(tuned.bestEpoch()).isEqualTo(fixed.bestEpoch());

        LabelThresholds thresholds = tuned.thresholds();
        assertThat(thresholds.tuned()).isTrue();
        assertThat(thresholds.rule()).startsWith("tuned:").contains("0.05, 0.10, ..., 0.95").contains("IT");
        assertThat(thresholds.values()).hasSize(23).containsKeys("Drama", "Film-Noir");
        assertThat(thresholds.values().values()).allSatisfy(t -> assertThat(ThresholdTuner.GRID).contains(t));
        assertThat(thresholds.values().values()).anySatisfy(t -> assertThat(t).isNotEqualTo(0.5));
        // each genre's validation F1 is at least its F1 at 0.5 (a grid value), so their mean is too
        assertThat(thresholds.validationTuned().get("f1_macro"))
                .isGreaterThan(thresholds.validationFixed().get("f1_macro"));
        assertThat(thresholds.validationFixed().get("f1_micro"))
                .isCloseTo(fixed.best().validation().metric("IT", "f1_micro"), within(1e-9));

        // the best weights rescored at the tuned thresholds: the same loss, other decisions
        PhaseRecord before = fixed.best().test();
        PhaseRecord after = tuned.testBest();
        assertThat(after.subsets()).containsOnlyKeys("IT", "I", "T");
        for (String subset : List.of("IT", "I", "T")) {
            assertThat(after.metric(subset, "loss")).isCloseTo(before.metric(subset, "loss"), within(1e-5));
        }
        assertThat(after.metric("IT", "f1_macro")).isNotEqualTo(before.metric("IT", "f1_macro"));
        // the robustness curves score the same thresholds: at missing rate 0 they are test_best
        tuned.robustness().values().forEach(curve -> assertThat(curve.scores().get(0))
                .isCloseTo(after.metric("IT", "f1_samples"), within(1e-9)));
        fixed.robustness().values().forEach(curve -> assertThat(curve.scores().get(0))
                .isCloseTo(before.metric("IT", "f1_samples"), within(1e-9)));
    }

    @Test
    void pretrainsAnEncoderWithALinearHeadOnTheSameObjective() {
        MonomodalPretrainer pretrainer = new MonomodalPretrainer(training(2),
                MultiLabelObjective.standard(DATA.classNames()));
        MonomodalPretrainer.Result result = pretrainer.pretrain(Modality.TEXT,
                new EncoderOptions(EncoderType.MAXOUT_MLP, 32, 16, 0), DATA, 1, (r, best, cap) -> { });
        assertThat(result.encoderParameters()).isNotEmpty();
        PhaseRecord validation = result.run().best().validation();
        assertThat(validation.subsets()).containsOnlyKeys("T");
        assertThat(validation.metric("T", "f1_micro")).isGreaterThan(mostFrequentGenreBaseline());
    }
}
