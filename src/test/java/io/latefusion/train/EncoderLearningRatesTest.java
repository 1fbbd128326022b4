package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.model.LateFusionModel;
import io.latefusion.model.MissingRepresentation;
import io.latefusion.model.ModelFactory;
import io.latefusion.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncoderLearningRatesTest {

    private static LateFusionModel model(MultimodalDataset data) {
        return ModelFactory.fusionModel(Fixtures.tinyModel(MissingRepresentation.ZERO_EMBEDDING), data.modalities(),
                data::sampleShape, data.numClasses());
    }


    private static double change(Map<String, float[]> before, Map<String, float[]> after) {
        double sum = 0;
        for (Map.Entry<String, float[]> e : before.entrySet()) {
            float[] a = after.get(e.getKey());
            for (int i = 0; i < a.length; i++) {
                sum += Math.abs(a[i] - e.getValue()[i]);
            }
        }
        return sum;
    }

    /** Summed absolute change of each encoder's weights in one step from the same start. */
    private static Map<Modality, Double> oneStep(MultimodalDataset data, Map<Modality, Double> multipliers) {
        LateFusionModel model = model(data);
        try (TrainingSession session = TrainingSession.open("lr", model, data, Fixtures.quickTraining(1, "loss"),
                Objective.of(data.task(), data.numClasses()), 3, multipliers)) {
            Map<String, float[]> audio = Fixtures.trainedValues(model.encoder(Modality.AUDIO));
            Map<String, float[]> image = Fixtures.trainedValues(model.encoder(Modality.IMAGE));
            int[] rows = new int[32];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = i;
            }
            session.step(rows);
            return Map.of(Modality.AUDIO, change(audio, Fixtures.trainedValues(model.encoder(Modality.AUDIO))),
                    Modality.IMAGE, change(image, Fixtures.trainedValues(model.encoder(Modality.IMAGE))));
        }
    }

    @Test
    void theTrackerScalesTheRateOfTheEncodersParametersOnly() {
        MultimodalDataset data = Fixtures.tinyAvmnist(1);
        LateFusionModel model = model(data);
        EncoderLearningRates rates = EncoderLearningRates.of(model, 0.01, Map.of(Modality.AUDIO, 0.1));
        model.encoder(Modality.AUDIO).getParameters().values().forEach(p ->
                assertThat(rates.getNewValue(p.getId(), 1)).as(p.getName()).isEqualTo(0.001f));
        model.encoder(Modality.IMAGE).getParameters().values().forEach(p ->
                assertThat(rates.getNewValue(p.getId(), 1)).as(p.getName()).isEqualTo(0.01f));
        model.fusion().getParameters().values().forEach(p ->
                assertThat(rates.getNewValue(p.getId(), 7)).as(p.getName()).isEqualTo(0.01f));
        assertThat(model.encoder(Modality.AUDIO).getParameters().size()).isPositive();
    }

    @Test
    void aMultiplierForAnEncoderTheModelLacksOrNotPositiveIsRefused() {
        LateFusionModel model = model(Fixtures.tinyAvmnist(1));
        assertThatThrownBy(() -> EncoderLearningRates.of(model, 0.01, Map.of(Modality.TEXT, 0.1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> EncoderLearningRates.of(model, 0.01, Map.of(Modality.AUDIO, 0.0)))
                .hasMessageContaining("lr_multiplier of audio: 0.0");
    }

    @Test
    void aSmallerMultiplierMovesThatEncoderLessInOneIdenticalStep() {
        MultimodalDataset data = Fixtures.tinyAvmnist(2);
        Map<Modality, Double> full = oneStep(data, Map.of(Modality.AUDIO, 1.0));
        Map<Modality, Double> tenth = oneStep(data, Map.of(Modality.AUDIO, 0.1));
        assertThat(full.get(Modality.AUDIO)).isPositive();
        assertThat(tenth.get(Modality.AUDIO)).isLessThan(full.get(Modality.AUDIO));
        // Adam's first step is about lr × sign(gradient): a tenth of the rate, about a tenth of the move
        assertThat(tenth.get(Modality.AUDIO) / full.get(Modality.AUDIO)).isCloseTo(0.1, within(0.02));
        assertThat(tenth.get(Modality.IMAGE)).isCloseTo(full.get(Modality.IMAGE), within(1e-9 * full.get(Modality.IMAGE)));
    }
}
