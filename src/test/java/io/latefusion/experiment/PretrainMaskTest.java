package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import org.junit.jupiter.api.Test;

class PretrainMaskTest {

    private static final ModalitySet AI = ModalitySet.parse("AI");
    private static final ModalitySet ATV = ModalitySet.parse("ATV");

    @Test
    void bothSpellingsNameTheSameEncoders() {
        assertThat(PretrainMask.parse("none", AI)).isEmpty();
        assertThat(PretrainMask.parse("all", AI)).containsExactly(Modality.AUDIO, Modality.IMAGE);
        assertThat(PretrainMask.parse("I", AI)).containsExactly(Modality.IMAGE);
        assertThat(PretrainMask.parse("A_Scratch", AI)).containsExactly(Modality.IMAGE);
        assertThat(PretrainMask.parse("T_Scratch", ATV)).containsExactly(Modality.AUDIO, Modality.VIDEO);
        assertThat(PretrainMask.parse("TV", ATV)).containsExactly(Modality.TEXT, Modality.VIDEO);
    }

    @Test
    void theStandardSpellingIsOnePerMask() {
        assertThat(PretrainMask.canonical("NONE", AI)).isEqualTo("none");
        assertThat(PretrainMask.canonical("ia", AI)).isEqualTo("AI");
        assertThat(PretrainMask.canonical("a_scratch", AI)).isEqualTo("A_Scratch");
        assertThatThrownBy(() -> new Cell("avmnist", "ia", "concat", "quick")).hasMessageContaining("'AI'");
        assertThat(new Cell("avmnist", "A_Scratch", "concat", "quick").pretrained()).containsExactly(Modality.IMAGE);
    }

    @Test
    void masksNamingAbsentModalitiesOrNothingAreRefused() {
        assertThatThrownBy(() -> PretrainMask.parse("T", AI)).hasMessageContaining("'T'").hasMessageContaining("AI");
        assertThatThrownBy(() -> PretrainMask.parse("AI_Scratch", AI)).hasMessageContaining("none");
        assertThatThrownBy(() -> PretrainMask.parse("Z", AI)).hasMessageContaining("expected none, all");
    }
}
