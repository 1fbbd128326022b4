package io.latefusion.model.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.nn.Block;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.model.ClassifierHead;
import io.latefusion.model.Encoders;
import io.latefusion.model.HeadOptions;
import io.latefusion.model.LateFusionModel;
import io.latefusion.model.MissingRepresentation;
import io.latefusion.model.ModelFactory;
import io.latefusion.testing.Fixtures;
import io.latefusion.train.Objective;
import io.latefusion.train.TrainingSession;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pooling passes gradients back to every encoder: one training step of a tiny model, after
 * which each encoder's BatchNorm betas and Linear biases — initialised at zero, and moved only by
 * a gradient (weight decay cannot) — are off zero. DJL's concat of a single array once cut this
 * path for a single-encoder model, so one-modality models are checked too.
 */
class PoolingGradientTest {

    private static final MultimodalDataset DATA = Fixtures.tinyAvmnist(5);

    static Stream<PoolingOptions> everyPoolingAndPolicy() {
        return FusionHarness.everyPoolingAndPolicy();
    }

    @ParameterizedTest
    @MethodSource("everyPoolingAndPolicy")
    void oneStepMovesEveryEncoder(PoolingOptions pooling) {
        LateFusionModel model = ModelFactory.fusionModel(
                Fixtures.tinyModel(MissingRepresentation.ZERO_EMBEDDING, pooling), DATA.modalities(),
                DATA::sampleShape, DATA.numClasses());
        assertThat(model.fusion().type()).isEqualTo(pooling.poolingType());
        stepAndCheck(model);
    }

    @ParameterizedTest
    @EnumSource(value = FusionType.class, names = {"CONCAT", "SUM", "AVG", "MAX", "ATTENTION"})
    void oneStepMovesTheEncoderOfASingleModalityModel(FusionType type) {
        for (MissingPolicy policy : MissingPolicy.values()) {
            Block encoder = Encoders.build(Modality.IMAGE, Fixtures.tinyEncoder(16), DATA.sampleShape(Modality.IMAGE));
            LateFusionModel model = new LateFusionModel(ModalitySet.of(Modality.IMAGE), Map.of(Modality.IMAGE, encoder),
                    Fusion.of(new PoolingOptions(type, 8, 0.1, policy), 1),
                    ClassifierHead.build(HeadOptions.linear(), DATA.numClasses()),
                    MissingRepresentation.ZERO_EMBEDDING, DATA.numClasses());
            stepAndCheck(model);
        }
    }

    private static void stepAndCheck(LateFusionModel model) {
        try (TrainingSession session = TrainingSession.open("pooling", model, DATA, Fixtures.quickTraining(1, "loss"),
                Objective.of(DATA.task(), DATA.numClasses()), 1, java.util.Map.of())) {
            session.step(session.shuffledBatches()[0]);
            for (Modality m : model.modalities().modalities()) {
                model.encoder(m).getParameters().forEach(p -> {
                    if (p.getKey().endsWith("beta") || p.getKey().endsWith("bias")) {
                        assertThat(p.getValue().getArray().abs().sum().getFloat())
                                .as("%s %s under %s", m.key(), p.getKey(), model.fusion().type().key())
                                .isGreaterThan(0f);
                    }
                });
            }
        }
    }
}
