package io.latefusion.data.mosi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import org.junit.jupiter.api.Test;

class SyntheticMosiTest {

    static SyntheticMosiOptions tiny() {
        return new SyntheticMosiOptions(40, 12, 12, 8, 3, 30, 7, 5, 1.0, 0.3, 0.2, 0.2);
    }

    @Test
    void theSeedFixesEverySample() {
        MultimodalDataset a = SyntheticMosi.generate(tiny(), MosiTask.REGRESSION, 5);
        MultimodalDataset b = SyntheticMosi.generate(tiny(), MosiTask.REGRESSION, 5);
        MultimodalDataset c = SyntheticMosi.generate(tiny(), MosiTask.REGRESSION, 6);
        assertThat(b.fingerprint()).isEqualTo(a.fingerprint());
        assertThat(c.fingerprint()).isNotEqualTo(a.fingerprint());
    }

    @Test
    void sequencesHaveTheirSizesLengthsAndZeroPadding() {
        MultimodalDataset data = SyntheticMosi.generate(tiny(), MosiTask.CLASSIFICATION, 1);
        assertThat(data.modalities().name()).isEqualTo("ATV");
        assertThat(data.sampleShape(Modality.TEXT)).containsExactly(8, 30);
        assertThat(data.sampleShape(Modality.AUDIO)).containsExactly(8, 7);
        assertThat(data.sampleShape(Modality.VIDEO)).containsExactly(8, 5);
        SplitData train = data.split(Split.TRAIN);
        ModalityData video = train.input(Modality.VIDEO);
        assertThat(train.input(Modality.TEXT).lengths()).containsExactly(video.lengths());
        for (int i = 0; i < train.size(); i++) {
            assertThat(video.length(i)).isBetween(3, 8);
            float[] sample = new float[8 * 5];
            video.copySample(i, sample, 0);
            for (int k = video.length(i) * 5; k < sample.length; k++) {
                assertThat(sample[k]).isZero();
            }
            assertThat(sample[0]).isNotZero();
        }
    }

    @Test
    void sentimentsLieOnTheGridWithNeutralSamples() {
        MultimodalDataset data = SyntheticMosi.generate(tiny(), MosiTask.REGRESSION, 2);
        int zeros = 0;
        for (float s : data.split(Split.TRAIN).labels().values()) {
            assertThat(s).isBetween(-3f, 3f);
            assertThat(Math.abs(s * 5 - Math.round(s * 5))).isLessThan(1e-4f);
            zeros += s == 0 ? 1 : 0;
        }
        assertThat(zeros).isPositive();
        assertThat(SyntheticMosi.generate(tiny(), MosiTask.CLASSIFICATION, 2).split(Split.TRAIN).labels().classes())
                .contains(0, 1, 2);
    }

    @Test
    void refusesImpossibleSettingsNamingTheKey() {
        assertThatThrownBy(() -> new SyntheticMosiOptions(40, 12, 12, 8, 9, 30, 7, 5, 1, 0.3, 0.2, 0.2))
                .hasMessageContaining("data.synthetic.min_length: 9 (expected 1..steps (8))");
        assertThatThrownBy(() -> new SyntheticMosiOptions(40, 1, 12, 8, 3, 30, 7, 5, 1, 0.3, 0.2, 0.2))
                .hasMessageContaining("data.synthetic.validation");
    }
}
