package io.latefusion.data.mosi;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.model.EncoderOptions;
import io.latefusion.model.EncoderType;
import io.latefusion.model.HeadOptions;
import io.latefusion.model.LateFusionModel;
import io.latefusion.model.MissingRepresentation;
import io.latefusion.model.ModelFactory;
import io.latefusion.model.ModelOptions;
import io.latefusion.model.SequenceReadout;
import io.latefusion.model.fusion.FusionType;
import io.latefusion.model.fusion.MissingPolicy;
import io.latefusion.model.fusion.PoolingOptions;
import io.latefusion.testing.Fixtures;
import io.latefusion.train.Objective;
import io.latefusion.train.TrainOptions;
import io.latefusion.train.TrainingLoop;
import io.latefusion.train.TrainingRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticMosiLearningTest {

    /** Text carries the sentiment clearly, audio and video barely. */
    private static final SyntheticMosiOptions DATA =
            new SyntheticMosiOptions(240, 60, 120, 8, 3, 24, 8, 6, 2.0, 0.15, 0.15, 0.15);

    private static TrainingRun train(MosiTask task, EncoderType type, int epochs) {
        MultimodalDataset data = SyntheticMosi.generate(DATA, task, 3);
        EncoderOptions encoder = new EncoderOptions(type, 16, 1, 1, SequenceReadout.LAST, null);
        ModelOptions options = new ModelOptions(Map.of(Modality.AUDIO, encoder, Modality.TEXT, encoder,
                Modality.VIDEO, encoder), new PoolingOptions(FusionType.CONCAT, 16, 0.1, MissingPolicy.ZERO),
                new HeadOptions(List.of(16), List.of(0.1)), MissingRepresentation.ZERO_EMBEDDING);
        LateFusionModel model = ModelFactory.fusionModel(options, data.modalities(), data::sampleShape,
                data.numClasses());
        TrainOptions base = Fixtures.quickTraining(epochs, "loss");
        TrainOptions clipped = new TrainOptions(base.batchSize(), base.epochs(), base.optimizer(), base.learningRate(),
                base.weightDecay(), base.earlyStopping(), base.selectBy(),
                new io.latefusion.train.TargetOptions(task == MosiTask.REGRESSION ? "acc2" : "accuracy", null, 0.5),
                Map.of(), null, 1.0);
        return new TrainingLoop(clipped, Objective.of(data.task(), data.numClasses()))
                .run("mosi", model, data, 7, Map.of(), (record, best, cap) -> { });
    }

    @Test
    void textAloneBeatsAudioAloneAfterAShortRun() {
        TrainingRun run = train(MosiTask.CLASSIFICATION, EncoderType.GRU, 6);
        double text = run.best().test().metric("T", "accuracy");
        double audio = run.best().test().metric("A", "accuracy");
        assertThat(run.best().test().subsets()).containsOnlyKeys("ATV", "AT", "AV", "TV", "A", "T", "V");
        assertThat(text).isGreaterThan(audio + 0.1);
        assertThat(run.best().test().metric("ATV", "accuracy")).isGreaterThan(0.6);
    }

    @Test
    void regressionLearnsWithTheL1LossAndReportsMmsaMetrics() {
        TrainingRun run = train(MosiTask.REGRESSION, EncoderType.LSTM, 5);
        assertThat(run.last().train().loss()).isLessThan(run.epochs().get(0).train().loss());
        Map<String, Double> t = run.best().test().subsets().get("T");
        assertThat(t).containsKeys("loss", "mae", "corr", "acc2", "f1_2", "acc2_nonzero", "f1_2_nonzero", "acc7");
        assertThat(t.get("corr")).isGreaterThan(0.5);
        assertThat(t.get("mae")).isLessThan(run.best().test().subsets().get("A").get("mae"));
    }
}
