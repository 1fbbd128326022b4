package io.latefusion.model.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PoolingOptionsTest {

    @Test
    void badValuesAreRefusedNamingTheKeyAndTheValue() {
        assertThatThrownBy(() -> new PoolingOptions(null, 512, 0.1, MissingPolicy.ZERO))
                .hasMessageContaining("model.multimodal_pooling.pooling_type").hasMessageContaining("gmu_scalar");
        assertThatThrownBy(() -> new PoolingOptions(FusionType.SUM, 0, 0.1, MissingPolicy.ZERO))
                .hasMessage("Invalid model.multimodal_pooling.size: 0 (expected ≥ 1)");
        assertThatThrownBy(() -> new PoolingOptions(FusionType.SUM, 512, 1.0, MissingPolicy.ZERO))
                .hasMessage("Invalid model.multimodal_pooling.dropout: 1.0 (expected 0 ≤ rate < 1)");
        assertThatThrownBy(() -> new PoolingOptions(FusionType.SUM, 512, Double.NaN, MissingPolicy.ZERO))
                .hasMessageContaining("model.multimodal_pooling.dropout: NaN");
        assertThatThrownBy(() -> new PoolingOptions(FusionType.SUM, 512, 0.1, null))
                .hasMessageContaining("model.multimodal_pooling.missing_policy").hasMessageContaining("exclude");
    }

    @Test
    void everyPoolingHasTheConfigNameOfTheStudyAndIsFoundByIt() {
        assertThat(Arrays.stream(FusionType.values()).map(FusionType::key))
                .containsExactly("concat", "sum", "avg", "max", "gated", "gmu", "gmu_scalar", "attention");
        for (FusionType type : FusionType.values()) {
            assertThat(FusionType.fromKey(type.key())).isEqualTo(type);
        }
        assertThatThrownBy(() -> FusionType.fromKey("foo"))
                .hasMessage("Invalid pooling 'foo' (expected one of concat, sum, avg, max, gated, gmu, gmu_scalar,"
                        + " attention)");
    }
}
