package io.latefusion.experiment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a pre-trained encoder takes part in late-fusion training. */
public enum EncoderMode {
    /** Its weights stay as pre-trained: no gradient reaches them. */
    @JsonProperty("freeze")
    FREEZE,
    /** It trains with the rest of the model, at the base learning rate times its multiplier. */
    @JsonProperty("finetune")
    FINETUNE
}
