package io.latefusion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EncoderTypeTest {

    @Test
    void fromNameReadsConfigNamesCaseInsensitively() {
        assertThat(EncoderType.fromName("cnn")).isEqualTo(EncoderType.CNN);
        assertThat(EncoderType.fromName("lenet")).isEqualTo(EncoderType.LENET);
        assertThat(EncoderType.fromName("ResNet18")).isEqualTo(EncoderType.RESNET18);
        assertThat(EncoderType.fromName("resnet34")).isEqualTo(EncoderType.RESNET34);
    }

    @Test
    void fromNameListsTheValidNamesOnError() {
        assertThatThrownBy(() -> EncoderType.fromName("resnet50"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown encoder type 'resnet50': expected one of cnn, lenet, resnet18, resnet34, ")
                .hasMessageContaining("mlp, maxout_mlp, gru, lstm, textcnn, transformer");
    }

    @Test
    void jacksonUsesTheConfigNames() throws Exception {
        ObjectMapper mapper = new ObjectMapper();

        assertThat(mapper.writeValueAsString(EncoderType.RESNET34)).isEqualTo("\"resnet34\"");
        assertThat(mapper.readValue("\"lenet\"", EncoderType.class)).isEqualTo(EncoderType.LENET);
    }
}
