package io.latefusion.experiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How one pre-trained encoder trains during late fusion ({@code encoder_training.<modality>}):
 * {@code freeze}, or {@code finetune} at the base learning rate times {@code lr_multiplier}
 * (modality-specific learning rates, Yao &amp; Mihalcea 2022). Default: finetune × 1.
 */
public record EncoderTraining(EncoderMode mode, double lrMultiplier) {

    /** Fine-tuned at the base learning rate: what an encoder without an entry does. */
    public static final EncoderTraining DEFAULT = new EncoderTraining(EncoderMode.FINETUNE, 1.0);

    public EncoderTraining {
        if (mode == null) {
            throw new IllegalArgumentException("Invalid mode: null (expected freeze or finetune)");
        }
        if (!(lrMultiplier > 0) || !Double.isFinite(lrMultiplier)) {
            throw new IllegalArgumentException("Invalid lr_multiplier: " + lrMultiplier + " (expected > 0)");
        }
        if (mode == EncoderMode.FREEZE && lrMultiplier != 1.0) {
            throw new IllegalArgumentException("Invalid lr_multiplier: " + lrMultiplier
                    + " with mode freeze (a frozen encoder does not learn; a multiplier needs mode finetune)");
        }
    }

    /** Reads a config entry; an absent mode is finetune, an absent multiplier 1. */
    @JsonCreator
    static EncoderTraining fromConfig(@JsonProperty("mode") EncoderMode mode,
                                      @JsonProperty("lr_multiplier") Double lrMultiplier) {
        return new EncoderTraining(mode == null ? EncoderMode.FINETUNE : mode,
                lrMultiplier == null ? 1.0 : lrMultiplier);
    }

    /** Whether the encoder's weights stay as pre-trained. */
    public boolean frozen() {
        return mode == EncoderMode.FREEZE;
    }
}
