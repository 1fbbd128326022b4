package io.latefusion.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import io.latefusion.model.fusion.FusionType;
import io.latefusion.model.fusion.MissingPolicy;
import io.latefusion.model.fusion.PoolingOptions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SequenceFusionTest {

    private static final ModalitySet ATV = ModalitySet.parse("ATV");
    private static final int BATCH = 4;
    private static final int STEPS = 6;
    /** Lengths (B, M) in the order A, T, V. */
    private static final float[] LENGTHS = {6, 2, 3, 1, 6, 6, 4, 3, 0, 5, 5, 5};

    @ParameterizedTest
    @EnumSource(MissingRepresentation.class)
    void theLateFusionModelHandsEachSequenceEncoderItsLengths(MissingRepresentation missing) {
        EncoderOptions gru = new EncoderOptions(EncoderType.GRU, 8, 1, 1, SequenceReadout.LAST, null);
        EncoderOptions cnn = new EncoderOptions(EncoderType.TEXTCNN, 8, 4, 1);
        ModelOptions options = new ModelOptions(Map.of(Modality.AUDIO, gru, Modality.TEXT, cnn, Modality.VIDEO, gru),
                new PoolingOptions(FusionType.CONCAT, 8, 0.1, MissingPolicy.ZERO),
                new HeadOptions(List.of(8), List.of(0.5)), missing);
        Engine.getInstance().setRandomSeed(5);
        LateFusionModel model = ModelFactory.fusionModel(options, ATV, m -> new long[] {STEPS, features(m)}, 3);
        try (NDManager manager = NDManager.newBaseManager()) {
            model.initialize(manager, DataType.FLOAT32, new Shape(BATCH, STEPS, 3), new Shape(BATCH, STEPS, 5),
                    new Shape(BATCH, STEPS, 2), new Shape(BATCH, 3));
            NDArray mask = manager.create(new float[] {1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0}, new Shape(BATCH, 3));
            NDArray clean = forward(model, manager, 0f, mask);
            NDArray junk = forward(model, manager, 9f, mask);
            assertThat(junk.toFloatArray()).containsExactly(clean.toFloatArray());
            assertThat(clean.getShape()).isEqualTo(new Shape(BATCH, 3));
        }
    }

    private static NDArray forward(LateFusionModel model, NDManager manager, float padding, NDArray mask) {
        NDList inputs = new NDList();
        Random random = new Random(1);
        for (Modality m : ATV.modalities()) {
            int f = features(m);
            int column = ATV.indexOf(m);
            float[] values = new float[BATCH * STEPS * f];
            for (int b = 0; b < BATCH; b++) {
                for (int t = 0; t < STEPS; t++) {
                    for (int k = 0; k < f; k++) {
                        float real = (float) random.nextGaussian();
                        values[(b * STEPS + t) * f + k] = t < LENGTHS[b * 3 + column] ? real : padding;
                    }
                }
            }
            inputs.add(manager.create(values, new Shape(BATCH, STEPS, f)));
        }
        inputs.add(mask);
        inputs.add(manager.create(LENGTHS, new Shape(BATCH, 3)));
        return model.forward(new ParameterStore(manager, false), inputs, false).singletonOrThrow();
    }

    private static int features(Modality m) {
        return switch (m) {
            case AUDIO -> 3;
            case TEXT -> 5;
            default -> 2;
        };
    }
}
