package io.latefusion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EncoderOptionsTest {

    @Test
    void acceptsTheSmallestValidValues() {
        EncoderOptions options = new EncoderOptions(EncoderType.LENET, 1, 1, 0);

        assertThat(options.outputSize()).isEqualTo(1);
        assertThat(options.layers()).isZero();
    }

    @Test
    void refusesOutputSizeBelowOne() {
        assertThatThrownBy(() -> new EncoderOptions(EncoderType.CNN, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid encoder output_size: 0 (expected ≥ 1)");
    }

    @Test
    void refusesChannelsBelowOne() {
        assertThatThrownBy(() -> new EncoderOptions(EncoderType.LENET, 64, 0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid encoder channels: 0 (expected ≥ 1)");
    }

    @Test
    void refusesNegativeLayers() {
        assertThatThrownBy(() -> new EncoderOptions(EncoderType.LENET, 64, 8, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid encoder layers: -1 (expected ≥ 0)");
    }

    @Test
    void refusesAMissingType() {
        assertThatThrownBy(() -> new EncoderOptions(null, 64, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Missing encoder type")
                .hasMessageContaining("cnn, lenet, resnet18, resnet34");
    }
}
