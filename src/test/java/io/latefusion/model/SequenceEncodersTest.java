package io.latefusion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import io.latefusion.data.Modality;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SequenceEncodersTest {

    private static final int BATCH = 3;
    private static final int STEPS = 9;
    private static final int FEATURES = 5;
    private static final float[] LENGTHS = {9, 4, 6};

    @ParameterizedTest(name = "{0} readout {1}")
    @CsvSource({"gru, last", "gru, mean", "lstm, last", "lstm, mean", "transformer, last", "transformer, mean",
            "textcnn, last"})
    void paddingNeverChangesTheEmbedding(String type, String readout) {
        EncoderOptions options = new EncoderOptions(EncoderType.fromName(type), 8, 4, 2,
                SequenceReadout.valueOf(readout.toUpperCase(java.util.Locale.ROOT)), 2);
        try (NDManager manager = NDManager.newBaseManager()) {
            Block encoder = build(options, manager);
            NDArray lengths = manager.create(LENGTHS);
            NDArray zeroPadded = forward(encoder, manager, sequences(manager, 0f), lengths);
            NDArray junkPadded = forward(encoder, manager, sequences(manager, 7.5f), lengths);

            assertThat(zeroPadded.getShape()).isEqualTo(new Shape(BATCH, 8));
            assertThat(junkPadded.toFloatArray()).containsExactly(zeroPadded.toFloatArray());
            // without lengths the padding is data: the shorter samples change, the full one does not
            NDArray unmasked = encoder.forward(new ParameterStore(manager, false),
                    new NDList(sequences(manager, 7.5f)), false).singletonOrThrow();
            assertThat(unmasked.get(0).toFloatArray()).containsExactly(zeroPadded.get(0).toFloatArray());
            assertThat(unmasked.get(1).toFloatArray()).isNotEqualTo(zeroPadded.get(1).toFloatArray());
        }
    }

    @Test
    void lastReadoutOfAGruIsItsFinalStateOverTheRealStepsAlone() {
        EncoderOptions options = new EncoderOptions(EncoderType.GRU, 6, 1, 1, SequenceReadout.LAST, null);
        try (NDManager manager = NDManager.newBaseManager()) {
            Block encoder = build(options, manager);
            NDArray padded = sequences(manager, 3f);
            NDArray embeddings = forward(encoder, manager, padded, manager.create(LENGTHS));
            for (int i = 0; i < BATCH; i++) {
                NDArray alone = padded.get(i + ":" + (i + 1) + ", :" + (int) LENGTHS[i] + ", :");
                NDArray expected = encoder.forward(new ParameterStore(manager, false), new NDList(alone), false)
                        .singletonOrThrow();
                assertThat(embeddings.get(i).toFloatArray())
                        .usingComparatorWithPrecision(1e-6f).containsExactly(expected.get(0).toFloatArray());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"gru", "lstm", "textcnn", "transformer"})
    void savedParametersLoadedIntoAFreshEncoderGiveIdenticalEmbeddings(String type) throws Exception {
        EncoderOptions options = new EncoderOptions(EncoderType.fromName(type), 8, 4, 1, SequenceReadout.MEAN, 2);
        try (NDManager manager = NDManager.newBaseManager()) {
            Block original = build(options, manager);
            NDArray x = sequences(manager, 0f);
            NDArray lengths = manager.create(LENGTHS);
            float[] expected = forward(original, manager, x, lengths).toFloatArray();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
                original.saveParameters(out);
            }
            Engine.getInstance().setRandomSeed(8);
            Block loaded = Encoders.build(Modality.AUDIO, options, new long[] {STEPS, FEATURES});
            try (java.io.DataInputStream in = new java.io.DataInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                loaded.loadParameters(manager, in);
            }
            // equal up to float rounding: libtorch's fused GRU may sum in another order call to call
            assertThat(forward(loaded, manager, x, lengths).toFloatArray())
                    .usingComparatorWithPrecision(1e-6f).containsExactly(expected);
        }
    }

    @Test
    void aSampleOfLengthZeroEmbedsAsZeros() {
        EncoderOptions options = new EncoderOptions(EncoderType.LSTM, 4, 1, 1, SequenceReadout.LAST, null);
        try (NDManager manager = NDManager.newBaseManager()) {
            Block encoder = build(options, manager);
            NDArray out = forward(encoder, manager, sequences(manager, 1f), manager.create(new float[] {0, 2, 9}));
            assertThat(out.get(0).toFloatArray()).containsOnly(0f);
            assertThat(out.get(1).abs().sum().getFloat()).isPositive();
        }
    }

    @Test
    void refusesShapesThatAreNotSequences() {
        EncoderOptions gru = new EncoderOptions(EncoderType.GRU, 8, 1, 1);
        assertThatThrownBy(() -> Encoders.build(Modality.AUDIO, gru, new long[] {1, 28, 28}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[steps, features]");
        EncoderOptions cnn = new EncoderOptions(EncoderType.TEXTCNN, 8, 4, 0);
        assertThatThrownBy(() -> Encoders.build(Modality.TEXT, cnn, new long[] {4, 768}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steps ≥ 5");
        assertThatThrownBy(() -> new EncoderOptions(EncoderType.TRANSFORMER, 10, 1, 1, null, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not divide output_size 10");
        assertThatThrownBy(() -> new EncoderOptions(EncoderType.LSTM, 10, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected ≥ 1");
    }

    private static Block build(EncoderOptions options, NDManager manager) {
        Engine.getInstance().setRandomSeed(7);
        Block encoder = Encoders.build(Modality.AUDIO, options, new long[] {STEPS, FEATURES});
        encoder.initialize(manager, DataType.FLOAT32, new Shape(BATCH, STEPS, FEATURES));
        return encoder;
    }

    private static NDArray forward(Block encoder, NDManager manager, NDArray x, NDArray lengths) {
        return encoder.forward(new ParameterStore(manager, false), new NDList(x, lengths), false).singletonOrThrow();
    }

    /** Seeded values at each sample's real steps, {@code padding} + noise after them. */
    private static NDArray sequences(NDManager manager, float padding) {
        Random random = new Random(11);
        Random junk = new Random(99);
        float[] values = new float[BATCH * STEPS * FEATURES];
        for (int b = 0; b < BATCH; b++) {
            for (int t = 0; t < STEPS; t++) {
                for (int f = 0; f < FEATURES; f++) {
                    float real = (float) random.nextGaussian();
                    values[(b * STEPS + t) * FEATURES + f] = t < LENGTHS[b] ? real
                            : padding == 0f ? 0f : padding + (float) junk.nextGaussian();
                }
            }
        }
        return manager.create(values, new Shape(BATCH, STEPS, FEATURES));
    }
}
