package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantTrainTest {

    private static ExperimentConfig thesis(String... sets) {
        return ConfigLoader.load(Path.of("configs/mosi-thesis.yaml"), List.of(sets));
    }

    @Test
    void eachVariantTrainsWithItsOwnKeysLaidOverTheTrainSection() {
        ExperimentConfig config = thesis();
        VariantConfig scratch = config.variants().get(0);
        VariantConfig all = config.variants().get(1);
        assertThat(config.trainOf(scratch)).isSameAs(config.train());
        assertThat(config.trainOf(scratch).learningRate()).isEqualTo(1e-3);
        assertThat(config.trainOf(scratch).earlyStopping().enabled()).isFalse();
        assertThat(config.trainOf(all).learningRate()).isEqualTo(5e-5);
        assertThat(config.trainOf(all).epochs()).isEqualTo(100);
        assertThat(config.trainOf(all).earlyStopping().enabled()).isTrue();
        assertThat(config.trainOf(all).earlyStopping().patience()).isEqualTo(10);
        assertThat(config.trainOf(all).batchSize()).isEqualTo(32);
        assertThat(config.trainOf(all).gradientClip()).isEqualTo(1.0);
        assertThat(ConfigLoader.toYaml(config)).contains("learning_rate: 5.0E-5").contains("gradient_clip: 1.0");
    }

    @Test
    void badVariantTrainKeysAndClipsAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> thesis("variants.1.train.learning_rate=-1"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("variants.all.train")
                .hasMessageContaining("learning_rate");
        assertThatThrownBy(() -> thesis("variants.1.train.lr=0.1"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("variants.all.train")
                .hasMessageContaining("lr");
        assertThatThrownBy(() -> thesis("variants.2.train.target={metric: mae, value: 1.0}"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("variants.A_Scratch.train.target.metric");
        assertThatThrownBy(() -> thesis("train.gradient_clip=0"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("gradient_clip: 0.0");
    }
}
