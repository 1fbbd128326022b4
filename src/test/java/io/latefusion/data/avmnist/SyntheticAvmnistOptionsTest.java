package io.latefusion.data.avmnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.Split;
import org.junit.jupiter.api.Test;

class SyntheticAvmnistOptionsTest {

    private static SyntheticAvmnistOptions options(int train, int audioSize, double imageSignal, double audioSignal,
                                                   double noise) {
        return new SyntheticAvmnistOptions(train, 5, 5, audioSize, imageSignal, audioSignal, noise);
    }

    @Test
    void defaultsAreValidAndSized() {
        SyntheticAvmnistOptions d = SyntheticAvmnistOptions.defaults();
        assertThat(d.size(Split.TRAIN)).isEqualTo(2000);
        assertThat(d.size(Split.VALIDATION)).isEqualTo(500);
        assertThat(d.size(Split.TEST)).isEqualTo(500);
        assertThat(d.audioSize()).isEqualTo(112);
    }

    @Test
    void limitsAreAccepted() {
        options(1, 16, 0, 1, 0);
        options(1, 256, 1, 0, 5);
    }

    @Test
    void invalidValuesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> options(-3, 32, 0.5, 0.5, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid synthetic.train: -3 (expected ≥ 1)");
        assertThatThrownBy(() -> new SyntheticAvmnistOptions(5, 0, 5, 32, 0.5, 0.5, 0.1))
                .hasMessage("Invalid synthetic.validation: 0 (expected ≥ 1)");
        assertThatThrownBy(() -> new SyntheticAvmnistOptions(5, 5, 0, 32, 0.5, 0.5, 0.1))
                .hasMessage("Invalid synthetic.test: 0 (expected ≥ 1)");
        assertThatThrownBy(() -> options(5, 15, 0.5, 0.5, 0.1))
                .hasMessage("Invalid synthetic.audioSize: 15 (expected 16..256)");
        assertThatThrownBy(() -> options(5, 257, 0.5, 0.5, 0.1))
                .hasMessage("Invalid synthetic.audioSize: 257 (expected 16..256)");
        assertThatThrownBy(() -> options(5, 32, 1.5, 0.5, 0.1))
                .hasMessage("Invalid synthetic.imageSignal: 1.5 (expected 0..1)");
        assertThatThrownBy(() -> options(5, 32, 0.5, Double.NaN, 0.1))
                .hasMessage("Invalid synthetic.audioSignal: NaN (expected 0..1)");
        assertThatThrownBy(() -> options(5, 32, 0.5, 0.5, -0.1))
                .hasMessage("Invalid synthetic.noise: -0.1 (expected finite ≥ 0)");
        assertThatThrownBy(() -> options(5, 32, 0.5, 0.5, Double.POSITIVE_INFINITY))
                .hasMessageStartingWith("Invalid synthetic.noise: Infinity");
    }

    @Test
    void splitsTooLargeForOneArrayAreRefused() {
        // 256×256 values per spectrogram: at most 2^31/2^16 = 32767 samples in one float[]
        assertThatThrownBy(() -> options(40_000, 256, 0.5, 0.5, 0.1))
                .hasMessageStartingWith("Invalid synthetic.train: 40000 (expected at most 32767 at audioSize 256");
    }
}
