package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.model.fusion.FusionType;
import io.latefusion.model.fusion.MissingPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CellTest {

    @ParameterizedTest
    @EnumSource(FusionType.class)
    void everyPoolingNameMakesACellWhoseConfigUsesIt(FusionType type) {
        Cell cell = new Cell("avmnist", "none", type.key(), "quick");
        ExperimentConfig config = cell.config(List.of());
        assertThat(config.model().multimodalPooling().poolingType()).isEqualTo(type);
        assertThat(config.model().multimodalPooling().missingPolicy()).isEqualTo(MissingPolicy.ZERO);
        assertThat(config.name()).isEqualTo("avmnist-none-" + type.key() + "-quick");
    }

    @Test
    void anUnknownPoolingIsRefusedWithTheValidNames() {
        assertThatThrownBy(() -> new Cell("avmnist", "none", "foo", "quick"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid pooling 'foo' (expected one of concat, sum, avg, max, gated, gmu, gmu_scalar,"
                        + " attention)");
    }

    @Test
    void overridesReachThePoolingSection() {
        ExperimentConfig config = new Cell("avmnist", "all", "gated", "quick")
                .config(List.of("model.multimodal_pooling.missing_policy=exclude", "model.multimodal_pooling.size=64"));
        assertThat(config.model().multimodalPooling().missingPolicy()).isEqualTo(MissingPolicy.EXCLUDE);
        assertThat(config.model().multimodalPooling().size()).isEqualTo(64);
        assertThat(config.model().multimodalPooling().poolingType()).isEqualTo(FusionType.GATED);
    }

    @Test
    void avmnistHasAStudyScaleInTheStudysLayout() {
        ExperimentConfig config = new Cell("avmnist", "none", "concat", "study").config(List.of());

        assertThat(config.name()).isEqualTo("avmnist-none-concat-study");
        assertThat(config.model().encoder(io.latefusion.data.Modality.AUDIO).type())
                .isEqualTo(io.latefusion.model.EncoderType.LENET5);
        io.latefusion.data.MultimodalDataset data = io.latefusion.data.Datasets.load(config.dataset(),
                config.data(), config.seed());
        assertThat(data.sampleShape(io.latefusion.data.Modality.AUDIO)).containsExactly(1, 32, 94);
        assertThat(data.sampleShape(io.latefusion.data.Modality.IMAGE)).containsExactly(1, 28, 28);
        assertThat(data.split(io.latefusion.data.Split.TRAIN).size()).isEqualTo(3000);
        assertThat(data.split(io.latefusion.data.Split.VALIDATION).size()).isEqualTo(1000);
        assertThat(data.split(io.latefusion.data.Split.TEST).size()).isEqualTo(2000);
    }

    @Test
    void aScaleADataSetLacksIsRefusedNamingTheScalesItHas() {
        assertThatThrownBy(() -> new Cell("mmimdb", "none", "concat", "study"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid scale 'study' for mmimdb (expected one of quick, full:"
                        + " configs/mmimdb-<scale>.yaml exists for those)");
    }
}
