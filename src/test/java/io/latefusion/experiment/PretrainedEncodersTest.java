package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import io.latefusion.data.DataException;
import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.model.EncoderOptions;
import io.latefusion.model.Encoders;
import io.latefusion.testing.Fixtures;
import io.latefusion.train.Objective;
import io.latefusion.train.TrainOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PretrainedEncodersTest {

    private final MultimodalDataset data = Fixtures.tinyAvmnist(7);
    private final EncoderOptions encoder = Fixtures.tinyEncoder(16);
    private final TrainOptions pretrain = Fixtures.quickTraining(2, "accuracy");
    private final Objective objective = Objective.of(data.task(), data.numClasses());

    @Test
    void aSavedEncoderLoadsIntoAFreshOneWithIdenticalOutputs(@TempDir Path root) throws Exception {
        Path run = Files.createDirectories(root.resolve("run1"));
        List<Integer> epochs = new ArrayList<>();
        PretrainedEncoders.Saved saved = new PretrainedEncoders(root, run).obtain(data, Modality.IMAGE, encoder,
                pretrain, 3, objective, (r, best, cap) -> epochs.add(r.epoch()));

        assertThat(epochs).containsExactly(1, 2);
        assertThat(saved.reused()).isFalse();
        assertThat(saved.params()).isEqualTo(run.resolve(
                "pretrain/avmnist_ImageEncoder_Pretrain/models/encoder_image_best.params"));
        assertThat(saved.params().resolveSibling("encoder_image_best.json")).isRegularFile();
        assertThat(run.resolve("pretrain/avmnist_ImageEncoder_Pretrain/epoch_metrics.json")).isRegularFile();
        assertThat(saved.checkpoint().dataFingerprint()).isEqualTo(data.fingerprint());
        assertThat(saved.checkpoint().seed()).isEqualTo(3);
        assertThat(saved.checkpoint().validation()).containsKey("accuracy");

        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.randomNormal(new Shape(4, 1, 28, 28));
            Block a = Encoders.build(Modality.IMAGE, encoder, new long[] {1, 28, 28});
            Block b = Encoders.build(Modality.IMAGE, encoder, new long[] {1, 28, 28});
            PretrainedEncoders.load(saved, a, manager);
            PretrainedEncoders.load(PretrainedEncoders.open(saved.params(), data, Modality.IMAGE, encoder), b, manager);
            // initialising after loading keeps the loaded weights (only missing ones are drawn)
            a.initialize(manager, DataType.FLOAT32, new Shape(2, 1, 28, 28));
            float[] outA = a.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow()
                    .toFloatArray();
            float[] outB = b.forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow()
                    .toFloatArray();
            Block fresh = Encoders.build(Modality.IMAGE, encoder, new long[] {1, 28, 28});
            fresh.initialize(manager, DataType.FLOAT32, new Shape(2, 1, 28, 28));
            float[] outFresh = fresh.forward(new ParameterStore(manager, false), new NDList(x), false)
                    .singletonOrThrow().toFloatArray();
            assertThat(outA).containsExactly(outB);
            assertThat(outA).isNotEqualTo(outFresh);
        }
    }

    @Test
    void aMatchingEncoderFromAnEarlierRunIsReusedWithoutTraining(@TempDir Path root) throws Exception {
        Path first = Files.createDirectories(root.resolve("run1"));
        PretrainedEncoders.Saved made = new PretrainedEncoders(root, first).obtain(data, Modality.AUDIO, encoder,
                pretrain, 3, objective, (r, best, cap) -> { });

        Path second = Files.createDirectories(root.resolve("run2"));
        List<Integer> trained = new ArrayList<>();
        PretrainedEncoders.Saved again = new PretrainedEncoders(root, second).obtain(data, Modality.AUDIO, encoder,
                pretrain, 3, objective, (r, best, cap) -> trained.add(r.epoch()));
        assertThat(trained).isEmpty();
        assertThat(again.reused()).isTrue();
        assertThat(again.params()).isEqualTo(made.params());
        assertThat(again.checkpoint().seconds()).isEqualTo(made.checkpoint().seconds());

        // another seed is another key: trained anew
        PretrainedEncoders.Saved other = new PretrainedEncoders(root, second).obtain(data, Modality.AUDIO, encoder,
                pretrain, 4, objective, (r, best, cap) -> trained.add(r.epoch()));
        assertThat(trained).isNotEmpty();
        assertThat(other.reused()).isFalse();
        assertThat(other.params()).startsWith(second);
    }

    @Test
    void aWrongOrMissingEncoderFileIsRefusedWithItsPath(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nope.params");
        assertThatThrownBy(() -> PretrainedEncoders.open(missing, data, Modality.AUDIO, encoder))
                .isInstanceOf(DataException.class).hasMessageContaining("nope.params");
        Path garbage = dir.resolve("garbage.params");
        Files.writeString(garbage, "not parameters");
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = Encoders.build(Modality.AUDIO, encoder, new long[] {1, 28, 28});
            assertThatThrownBy(() -> PretrainedEncoders.load(
                    PretrainedEncoders.open(garbage, data, Modality.AUDIO, encoder), block, manager))
                    .isInstanceOf(DataException.class).hasMessageContaining("garbage.params");
        }
    }
}
