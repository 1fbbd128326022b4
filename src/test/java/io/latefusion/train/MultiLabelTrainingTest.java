package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;

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
        return new TrainOptions(32, epochs, OptimizerType.ADAM, 2e-3, 1e-4, new EarlyStoppingOptions(false, 5, 0.0),
                "loss", new TargetOptions("f1_micro", null, 0.5), Map.of());
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
        ModelOptions options = new ModelOptions(
                Map.of(Modality.TEXT, new EncoderOptions(EncoderType.MLP, 64, 1, 0),
                        Modality.IMAGE, new EncoderOptions(EncoderType.MLP, 64, 1, 0)),
                new PoolingOptions(FusionType.GMU_SCALAR, 64, 0.1, MissingPolicy.ZERO),
                new HeadOptions(List.of(64), List.of(0.2), HeadType.MAXOUT), MissingRepresentation.ZERO_EMBEDDING);
        LateFusionModel model = ModelFactory.fusionModel(options, DATA.modalities(), DATA::sampleShape,
                DATA.numClasses());
        MultiLabelObjective objective = MultiLabelObjective.standard(DATA.classNames());
        TrainingRun run = new TrainingLoop(training(6), objective).run("mmimdb", model, DATA, 5, Map.of(),
                (r, best, cap) -> { });

        double baseline = mostFrequentGenreBaseline();
        PhaseRecord test = run.best().test();
        assertThat(test.subsets()).containsOnlyKeys("IT", "I", "T");
        assertThat(test.subsets().get("IT")).containsKeys("loss", "f1_samples", "f1_macro", "f1_micro", "f1_weighted",
                "f1_label/Drama", "f1_label/Film-Noir");
        assertThat(run.last().train().loss()).isLessThan(run.epochs().get(0).train().loss());
        assertThat(test.metric("IT", "f1_micro")).isGreaterThan(baseline + 0.05);
        assertThat(test.metric("T", "f1_micro")).isGreaterThan(test.metric("I", "f1_micro"));
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
