package io.latefusion.experiment;

import io.latefusion.data.Modality;
import java.util.Map;

/**
 * One variant of an experiment: which encoders start from pre-trained weights (modality → a
 * {@code .params} path, or {@code auto} to pre-train first or reuse a matching saved encoder), and
 * whether those encoders are frozen or fine-tuned (default: fine-tuned). No entry: trained from scratch.
 */
public record VariantConfig(String name, Map<Modality, String> pretrainedEncoders, Boolean freeze) {

    /** The value of {@code pretrained_encoders} that asks for pre-training (or reuse). */
    public static final String AUTO = "auto";

    public VariantConfig {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Invalid variant name: '" + name
                    + "' (expected letters, digits, '.', '_' or '-')");
        }
        freeze = freeze != null && freeze;
        pretrainedEncoders = Modality.orderedCopy(pretrainedEncoders == null ? Map.of() : pretrainedEncoders);
        pretrainedEncoders.forEach((m, v) -> {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException("Invalid variants." + name + ".pretrained_encoders." + m.key()
                        + ": empty (expected auto or a path to an encoder .params file)");
            }
        });
    }
}
