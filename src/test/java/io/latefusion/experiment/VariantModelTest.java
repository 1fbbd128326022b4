package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.data.Datasets;
import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.testing.Fixtures;
import io.latefusion.train.Objective;
import io.latefusion.train.TrainingSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantModelTest {


    @Test
    void aFrozenPretrainedEncoderKeepsItsWeightsWhileTheRestTrains(@TempDir Path root) throws Exception {
        List<String> sets = new ArrayList<>(Fixtures.TINY_CELL);
        sets.add("variants=[{name: frozen, pretrained_encoders: {audio: auto},"
                + " encoder_training: {audio: {mode: freeze}}}]");
        ExperimentConfig config = ConfigLoader.load(Path.of("configs/avmnist-quick.yaml"), sets);
        MultimodalDataset data = Datasets.load(config.dataset(), config.data(), config.seed());
        Objective objective = Objective.of(data.task(), data.numClasses());
        PretrainedEncoders.Saved audio = new PretrainedEncoders(root, Files.createDirectories(root.resolve("run")))
                .obtain(data, Modality.AUDIO, config.model().encoder(Modality.AUDIO), config.pretrain(), config.seed(),
                        objective, (r, b, c) -> { });

        try (VariantModel variant = VariantModel.build(config, config.variants().get(0), data,
                Map.of(Modality.AUDIO, audio))) {
            assertThat(variant.uses()).containsOnlyKeys("audio");
            assertThat(variant.pretrainSeconds().get("audio")).isEqualTo(audio.checkpoint().seconds());
            Map<String, float[]> loaded = Fixtures.trainedValues(variant.model().encoder(Modality.AUDIO));
            try (TrainingSession session = TrainingSession.open("frozen", variant.model(), data, config.train(),
                    objective, config.seed(), config.variants().get(0).learningRateMultipliers())) {
                Map<String, float[]> imageBefore = Fixtures.trainedValues(variant.model().encoder(Modality.IMAGE));
                session.trainEpoch(1);
                Map<String, float[]> after = Fixtures.trainedValues(variant.model().encoder(Modality.AUDIO));
                assertThat(after.keySet()).isEqualTo(loaded.keySet());
                after.forEach((name, values) -> assertThat(values).as(name).containsExactly(loaded.get(name)));
                Map<String, float[]> imageAfter = Fixtures.trainedValues(variant.model().encoder(Modality.IMAGE));
                assertThat(imageAfter.entrySet()).anySatisfy(e ->
                        assertThat(e.getValue()).isNotEqualTo(imageBefore.get(e.getKey())));
            }
        }
    }
}
