package io.latefusion.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The encoder architectures, each with the lower-case name configs use for it ("resnet18"). */
public enum EncoderType {
    /** The study's AVMNIST CNN encoders; audio and image have different layouts. */
    @JsonProperty("cnn")
    CNN("cnn"),
    /** MultiBench's LeNet: a 5×5 stage plus a configurable number of 3×3 stages. */
    @JsonProperty("lenet")
    LENET("lenet"),
    /** ImageNet-style ResNet-18: BasicBlocks [2, 2, 2, 2]. */
    @JsonProperty("resnet18")
    RESNET18("resnet18"),
    /** ImageNet-style ResNet-34: BasicBlocks [3, 4, 6, 3]. */
    @JsonProperty("resnet34")
    RESNET34("resnet34"),
    /** The study's MM-IMDb encoder over a feature vector: BatchNorm1d + Linear. */
    @JsonProperty("mlp")
    MLP("mlp"),
    /** MultiBench's MaxOut-MLP over a feature vector; {@code channels} is its first hidden width. */
    @JsonProperty("maxout_mlp")
    MAXOUT_MLP("maxout_mlp"),
    /** A GRU over a sequence [T, F], masked at each sample's length (MultiBench's MOSI encoders). */
    @JsonProperty("gru")
    GRU("gru"),
    /** An LSTM over a sequence [T, F], masked at each sample's length (the study's MOSI audio and video). */
    @JsonProperty("lstm")
    LSTM("lstm"),
    /** The study's MOSI text CNN: widths 3/4/5 over a sequence [T, F], max over time, Linear + ReLU. */
    @JsonProperty("textcnn")
    TEXTCNN("textcnn"),
    /** A small Transformer encoder over a sequence [T, F], padding masked as keys. */
    @JsonProperty("transformer")
    TRANSFORMER("transformer"),
    /**
     * The classic LeNet-5 (6@5×5, 16@5×5, Linear 120, 84) plus {@code layers} 3×3 stages: our
     * reconstruction of the study's own AVMNIST LeNet encoders.
     */
    @JsonProperty("lenet5")
    LENET5("lenet5");

    private final String configName;

    EncoderType(String configName) {
        this.configName = configName;
    }

    /** The name used in configs and reports ("resnet18"). */
    public String configName() {
        return configName;
    }

    /** The encoder type with this config name, case-insensitive. */
    public static EncoderType fromName(String name) {
        for (EncoderType type : values()) {
            if (type.configName.equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException(
                "Unknown encoder type '" + name + "': expected one of " + validNames());
    }

    /** Whether the type encodes sequences [T, F] (and takes each sample's length). */
    public boolean sequential() {
        return this == GRU || this == LSTM || this == TEXTCNN || this == TRANSFORMER;
    }

    /** The config names of all types, comma-separated ("cnn, lenet, resnet18, ..."). */
    static String validNames() {
        return Arrays.stream(values()).map(EncoderType::configName).collect(Collectors.joining(", "));
    }
}
