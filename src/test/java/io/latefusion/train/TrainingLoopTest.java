package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.latefusion.data.Labels;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import io.latefusion.model.LateFusionModel;
import io.latefusion.model.MissingRepresentation;
import io.latefusion.model.ModelFactory;
import io.latefusion.testing.Fixtures;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingLoopTest {

    private static TrainingRun train(MultimodalDataset data, MissingRepresentation missing, int epochs, long seed,
                                     List<Boolean> bestFlags) {
        LateFusionModel model = ModelFactory.fusionModel(Fixtures.tinyModel(missing), data.modalities(),
                data::sampleShape, data.numClasses());
        TrainOptions options = Fixtures.quickTraining(epochs, "loss");
        return new TrainingLoop(options, Objective.of(data.task(), data.numClasses()))
                .run("test", model, data, seed, Map.of(), (r, best, cap) -> bestFlags.add(best));
    }

    @Test
    void lossFallsAccuracyBeatsChanceAndEverySubsetIsScored() {
        MultimodalDataset data = Fixtures.tinyAvmnist(1);
        List<Boolean> best = new ArrayList<>();
        TrainingRun run = train(data, MissingRepresentation.ZERO_EMBEDDING, 4, 11, best);

        assertThat(run.epochs()).hasSize(4);
        assertThat(best).hasSize(4).first().isEqualTo(true);
        EpochRecord first = run.epochs().get(0);
        EpochRecord last = run.last();
        assertThat(last.train().loss()).isLessThan(first.train().loss());
        assertThat(last.validation().loss()).isLessThan(first.validation().loss());
        assertThat(run.best().validation().metric("AI", "accuracy")).isGreaterThan(0.3);
        assertThat(run.best().test().metric("AI", "accuracy")).isGreaterThan(0.3);
        assertThat(last.validation().subsets()).containsOnlyKeys("AI", "A", "I");
        assertThat(last.test().subsets().get("A")).containsKeys("loss", "accuracy", "f1_macro", "f1_micro", "f1_weighted");
        assertThat(last.train().subsets()).containsOnlyKeys("AI");
        assertThat(last.validation().loss()).isEqualTo(last.validation().metric("AI", "loss"));
        assertThat(last.elapsedSeconds()).isGreaterThan(first.elapsedSeconds());
        assertThat(run.convergence().subset()).isEqualTo("AI");
        assertThat(run.bestEpoch()).isBetween(1, 4);
    }

    @Test
    void theSameSeedGivesTheSameRecordsButTimings() {
        MultimodalDataset data = Fixtures.tinyAvmnist(2);
        TrainingRun a = train(data, MissingRepresentation.ZERO_INPUT, 2, 5, new ArrayList<>());
        TrainingRun b = train(data, MissingRepresentation.ZERO_INPUT, 2, 5, new ArrayList<>());
        TrainingRun c = train(data, MissingRepresentation.ZERO_INPUT, 2, 6, new ArrayList<>());
        for (int e = 0; e < 2; e++) {
            assertThat(b.epochs().get(e).train().subsets()).isEqualTo(a.epochs().get(e).train().subsets());
            assertThat(b.epochs().get(e).validation().subsets()).isEqualTo(a.epochs().get(e).validation().subsets());
            assertThat(b.epochs().get(e).test().subsets()).isEqualTo(a.epochs().get(e).test().subsets());
        }
        assertThat(c.epochs().get(0).train().loss()).isNotEqualTo(a.epochs().get(0).train().loss());
    }

    @Test
    void aNanLossStopsTrainingWithWhereItHappened() {
        MultimodalDataset clean = Fixtures.tinyAvmnist(3);
        SplitData train = clean.split(Split.TRAIN);
        float[] image = Fixtures.values(train.input(Modality.IMAGE));
        image[5] = Float.NaN;
        Map<Modality, ModalityData> inputs = new EnumMap<>(train.inputs());
        inputs.put(Modality.IMAGE, new ModalityData(train.input(Modality.IMAGE).sampleShape(), train.size(), image));
        Map<Split, SplitData> splits = new EnumMap<>(clean.splits());
        splits.put(Split.TRAIN, new SplitData(inputs, train.labels()));
        MultimodalDataset poisoned = new MultimodalDataset(clean.name(), clean.modalities(), clean.task(),
                clean.numClasses(), splits);
        assertThatThrownBy(() -> train(poisoned, MissingRepresentation.ZERO_EMBEDDING, 1, 1, new ArrayList<>()))
                .isInstanceOf(TrainingDivergedException.class)
                .hasMessageContaining("NaN").hasMessageContaining("epoch 1").hasMessageContaining("batch");
    }

    @Test
    void anAbsentModalityIsAZeroEmbeddingOrAnEncodedZeroInput() {
        MultimodalDataset data = Fixtures.tinyAvmnist(4);
        SplitData test = data.split(Split.TEST);
        // scramble the audio: the image-only score cannot depend on it, either way
        SplitData scrambled = Fixtures.withNoise(test, Modality.AUDIO, 1);
        Map<MissingRepresentation, PhaseRecord> scores = new EnumMap<>(MissingRepresentation.class);
        for (MissingRepresentation missing : MissingRepresentation.values()) {
            LateFusionModel model = ModelFactory.fusionModel(Fixtures.tinyModel(missing), data.modalities(),
                    data::sampleShape, data.numClasses());
            Objective objective = Objective.of(data.task(), 10);
            try (TrainingSession session = TrainingSession.open("m", model, data, Fixtures.quickTraining(1, "loss"),
                    objective, 3, Map.of());
                 ai.djl.ndarray.NDManager manager = ai.djl.ndarray.NDManager.newBaseManager()) {
                session.trainEpoch(1);
                SubsetEvaluator evaluator = new SubsetEvaluator(objective, 32);
                PhaseRecord before = evaluator.evaluate(model, test, manager);
                PhaseRecord after = evaluator.evaluate(model, scrambled, manager);
                assertThat(after.subsets().get("I")).isEqualTo(before.subsets().get("I"));
                assertThat(after.subsets().get("AI")).isNotEqualTo(before.subsets().get("AI"));
                scores.put(missing, before);
            }
        }
        // training saw every modality, so both models learnt the same weights and agree on AI; with
        // audio absent, the encoder of a zeroed input (BatchNorm statistics moved) is not a zero vector
        PhaseRecord zeroEmbedding = scores.get(MissingRepresentation.ZERO_EMBEDDING);
        PhaseRecord zeroInput = scores.get(MissingRepresentation.ZERO_INPUT);
        assertThat(zeroInput.subsets().get("AI")).isEqualTo(zeroEmbedding.subsets().get("AI"));
        assertThat(zeroInput.metric("I", "loss")).isNotEqualTo(zeroEmbedding.metric("I", "loss"));
    }

    @Test
    void aSingleEncoderModelTrainsItsEncoder() {
        // a pre-training model has one encoder: gradients must reach it through the fusion
        MultimodalDataset data = Fixtures.tinyAvmnist(5);
        LateFusionModel model = ModelFactory.pretrainModel(Modality.IMAGE, Fixtures.tinyEncoder(16),
                data.sampleShape(Modality.IMAGE), data.numClasses());
        try (TrainingSession session = TrainingSession.open("single", model, data, Fixtures.quickTraining(1, "loss"),
                Objective.of(data.task(), 10), 1, Map.of())) {
            session.trainEpoch(1);
            model.encoder(Modality.IMAGE).getParameters().forEach(p -> {
                if (p.getKey().endsWith("beta") || p.getKey().endsWith("bias")) {
                    // initialised at zero; only a gradient (weight decay cannot) moves them
                    assertThat(p.getValue().getArray().abs().sum().getFloat()).as(p.getKey()).isGreaterThan(0f);
                }
            });
        }
    }

    private static TrainingRun trainMissing(MultimodalDataset data, MissingRepresentation missing,
                                            Map<Modality, Double> rates, int epochs) {
        LateFusionModel model = ModelFactory.fusionModel(Fixtures.tinyModel(missing), data.modalities(),
                data::sampleShape, data.numClasses());
        return new TrainingLoop(Fixtures.quickTraining(epochs, rates), Objective.of(data.task(), data.numClasses()))
                .run("missing", model, data, 7, Map.of(), (r, best, cap) -> { });
    }

    @Test
    void everyEpochRecordsTheRealisedMissingRateOfEachModality() {
        MultimodalDataset data = Fixtures.tinyAvmnist(6);
        TrainingRun half = trainMissing(data, MissingRepresentation.ZERO_EMBEDDING, Map.of(Modality.AUDIO, 0.5), 2);
        for (EpochRecord epoch : half.epochs()) {
            // 480 samples: one standard deviation of the realised rate is 0.023
            assertThat(epoch.train().missingRate().get(Modality.AUDIO)).as("epoch %d", epoch.epoch())
                    .isCloseTo(0.5, within(0.07));
            assertThat(epoch.train().missingRate().get(Modality.IMAGE)).isZero();
            assertThat(epoch.validation().missingRate()).isEmpty();
        }
        assertThat(half.epochs().get(0).train().missingRate().get(Modality.AUDIO))
                .as("drawn afresh every epoch").isNotEqualTo(half.epochs().get(1).train().missingRate().get(Modality.AUDIO));
        TrainingRun none = trainMissing(data, MissingRepresentation.ZERO_EMBEDDING, Map.of(Modality.AUDIO, 0.0), 2);
        for (EpochRecord epoch : none.epochs()) {
            assertThat(epoch.train().missingRate()).containsOnly(Map.entry(Modality.AUDIO, 0.0),
                    Map.entry(Modality.IMAGE, 0.0));
        }
    }

    @Test
    void aModalityMissingInEveryTrainingSampleNeverReachesTrainingWithEitherRepresentation() {
        // the study's code ignored its rates; here scrambling the training audio must change nothing
        // when audio is always missing, and must change the run when it is not
        MultimodalDataset data = Fixtures.tinyAvmnist(7);
        Map<Split, SplitData> splits = new EnumMap<>(data.splits());
        splits.put(Split.TRAIN, Fixtures.withNoise(data.split(Split.TRAIN), Modality.AUDIO, 2));
        MultimodalDataset scrambled = new MultimodalDataset(data.name(), data.modalities(), data.task(),
                data.numClasses(), splits);
        Map<Modality, Double> audioGone = Map.of(Modality.AUDIO, 1.0);
        for (MissingRepresentation missing : MissingRepresentation.values()) {
            EpochRecord clean = trainMissing(data, missing, audioGone, 1).last();
            EpochRecord noisy = trainMissing(scrambled, missing, audioGone, 1).last();
            assertThat(noisy.train().subsets()).as(missing.name()).isEqualTo(clean.train().subsets());
            assertThat(noisy.validation().subsets().get("I")).as(missing.name())
                    .isEqualTo(clean.validation().subsets().get("I"));
            EpochRecord present = trainMissing(scrambled, missing, Map.of(), 1).last();
            assertThat(present.train().subsets()).as(missing.name()).isNotEqualTo(clean.train().subsets());
        }
    }

    @Test
    void badMissingRatesStopTheRunBeforeAnyEpoch() {
        MultimodalDataset data = Fixtures.tinyAvmnist(8);
        List<Boolean> epochs = new ArrayList<>();
        LateFusionModel model = ModelFactory.fusionModel(Fixtures.tinyModel(MissingRepresentation.ZERO_EMBEDDING),
                data.modalities(), data::sampleShape, data.numClasses());
        TrainingLoop loop = new TrainingLoop(Fixtures.quickTraining(1, Map.of(Modality.AUDIO, 1.0,
                Modality.IMAGE, 1.0)), Objective.of(data.task(), data.numClasses()));
        assertThatThrownBy(() -> loop.run("bad", model, data, 1, Map.of(), (r, best, cap) -> epochs.add(best)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("train.missing");
        TrainingLoop text = new TrainingLoop(Fixtures.quickTraining(1, Map.of(Modality.TEXT, 0.2)),
                Objective.of(data.task(), data.numClasses()));
        assertThatThrownBy(() -> text.run("bad", model, data, 1, Map.of(), (r, best, cap) -> epochs.add(best)))
                .hasMessageContaining("train.missing.text: 0.2");
        assertThatThrownBy(() -> Fixtures.quickTraining(1, Map.of(Modality.AUDIO, 1.5)))
                .hasMessageContaining("missing.audio: 1.5");
        assertThatThrownBy(() -> Fixtures.quickTraining(1, Map.of(Modality.AUDIO, -0.1)))
                .hasMessageContaining("missing.audio: -0.1");
        assertThat(epochs).isEmpty();
    }

    @Test
    void theRobustnessCurveScoresTheBestEpochsWeights() {
        MultimodalDataset data = Fixtures.tinyAvmnist(9);
        for (MissingRepresentation missing : MissingRepresentation.values()) {
            TrainingRun run = trainMissing(data, missing, Map.of(Modality.AUDIO, 0.2), 3);
            PhaseRecord best = run.best().test();
            assertThat(run.robustness()).containsOnlyKeys(Modality.AUDIO, Modality.IMAGE);
            run.robustness().forEach((m, curve) -> {
                String label = missing + " " + m.key();
                assertThat(curve.rates()).as(label).hasSize(11).startsWith(0.0, 0.1, 0.2).endsWith(1.0);
                assertThat(curve.metric()).as(label).isEqualTo("accuracy");
                assertThat(curve.scores()).as(label).hasSize(11);
                assertThat(curve.scores().get(0)).as(label).isEqualTo(best.metric("AI", "accuracy"));
                // at rate 1 the modality is absent from every sample: the other modality's subset score
                String rest = m == Modality.AUDIO ? "I" : "A";
                assertThat(curve.scores().get(10)).as(label).isEqualTo(best.metric(rest, "accuracy"));
                double min = curve.scores().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                double max = curve.scores().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
                assertThat(curve.area()).as(label).isBetween(min, max);
                assertThat(curve.relative()).as(label).isEqualTo(curve.area() / curve.scores().get(0));
            });
        }
    }

    @Test
    void restoredWeightsScoreAsTheyDidWhenTheSnapshotWasTaken() {
        MultimodalDataset data = Fixtures.tinyAvmnist(10);
        LateFusionModel model = ModelFactory.fusionModel(Fixtures.tinyModel(MissingRepresentation.ZERO_INPUT),
                data.modalities(), data::sampleShape, data.numClasses());
        try (TrainingSession session = TrainingSession.open("snapshot", model, data, Fixtures.quickTraining(2, "loss"),
                Objective.of(data.task(), 10), 4, Map.of())) {
            session.trainEpoch(1);
            ParameterSnapshot first = ParameterSnapshot.of(model);
            PhaseRecord then = session.evaluate(Split.TEST);
            session.trainEpoch(2);
            assertThat(session.evaluate(Split.TEST).subsets()).isNotEqualTo(then.subsets());
            session.restore(first);
            assertThat(session.evaluate(Split.TEST).subsets()).isEqualTo(then.subsets());
            assertThatThrownBy(() -> session.step(new int[] {0, 1})).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot train");
        }
    }

    @Test
    void aSingleModalityModelHasNoRobustnessCurve() {
        MultimodalDataset data = Fixtures.tinyAvmnist(11);
        LateFusionModel model = ModelFactory.pretrainModel(Modality.IMAGE, Fixtures.tinyEncoder(16),
                data.sampleShape(Modality.IMAGE), data.numClasses());
        TrainingRun run = new TrainingLoop(Fixtures.quickTraining(1, "loss"), Objective.of(data.task(), 10))
                .run("single", model, data, 1, Map.of(), (r, best, cap) -> { });
        assertThat(run.robustness()).isEmpty();
        assertThat(run.last().train().missingRate()).containsOnly(Map.entry(Modality.IMAGE, 0.0));
    }

    @Test
    void labelsOfTheTrainingPhaseFollowTheShuffledOrder() {
        Labels labels = Labels.ofClasses(new int[] {3, 1, 2}, 4);
        assertThat(labels.select(new int[] {2, 0}).classes()).containsExactly(2, 3);
    }
}
