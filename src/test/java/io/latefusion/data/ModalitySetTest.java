package io.latefusion.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModalitySetTest {

    @Test
    void namesFollowTheStudysLetterOrderWhateverTheInputOrder() {
        assertThat(ModalitySet.parse("ia").name()).isEqualTo("AI");
        assertThat(ModalitySet.parse("VTA").name()).isEqualTo("ATV");
        assertThat(ModalitySet.of(Modality.TEXT, Modality.IMAGE).name()).isEqualTo("IT");
        assertThat(ModalitySet.parse("AI")).isEqualTo(ModalitySet.of(Modality.IMAGE, Modality.AUDIO));
    }

    @Test
    void subsetsAreLargestFirstInTheStudysOrder() {
        assertThat(ModalitySet.parse("AI").subsets()).extracting(ModalitySet::name).containsExactly("AI", "A", "I");
        assertThat(ModalitySet.parse("ATV").subsets()).extracting(ModalitySet::name)
                .containsExactly("ATV", "AT", "AV", "TV", "A", "T", "V");
        assertThat(ModalitySet.parse("T").subsets()).extracting(ModalitySet::name).containsExactly("T");
    }

    @Test
    void indexAndMembership() {
        ModalitySet s = ModalitySet.parse("ATV");
        assertThat(s.indexOf(Modality.VIDEO)).isEqualTo(2);
        assertThat(s.contains(Modality.IMAGE)).isFalse();
        assertThat(s.containsAll(ModalitySet.parse("TV"))).isTrue();
        assertThat(s.modalities()).isEqualTo(List.of(Modality.AUDIO, Modality.TEXT, Modality.VIDEO));
    }

    @Test
    void badNamesAreRefusedWithTheOffendingLetter() {
        assertThatThrownBy(() -> ModalitySet.parse("AX")).hasMessageContaining("'X'");
        assertThatThrownBy(() -> ModalitySet.parse("AA")).hasMessageContaining("repeated");
        assertThatThrownBy(() -> ModalitySet.parse("")).hasMessageContaining("Empty");
        assertThatThrownBy(() -> Modality.fromKey("smell")).hasMessageContaining("smell");
    }
}
