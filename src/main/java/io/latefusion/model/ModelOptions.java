package io.latefusion.model;

import io.latefusion.data.Modality;
import io.latefusion.model.fusion.PoolingOptions;
import java.util.Map;
import java.util.Objects;

/**
 * The config of a late-fusion model: one encoder per modality, the fusion pooling
 * ({@code multimodal_pooling}, as the study names it), the head, and how an absent modality's
 * embedding is made.
 */
public record ModelOptions(Map<Modality, EncoderOptions> encoders, PoolingOptions multimodalPooling,
                           HeadOptions head, MissingRepresentation missing) {

    public ModelOptions {
        Objects.requireNonNull(encoders, "model.encoders is required");
        encoders = Modality.orderedCopy(encoders);
        Objects.requireNonNull(multimodalPooling, "model.multimodal_pooling is required");
        Objects.requireNonNull(head, "model.head is required");
        Objects.requireNonNull(missing, "model.missing is required");
    }

    /** The encoder config of a modality, or a clear error naming the config key. */
    public EncoderOptions encoder(Modality m) {
        EncoderOptions e = encoders.get(m);
        if (e == null) {
            throw new IllegalArgumentException("model.encoders has no entry for '" + m.key()
                    + "' (the data set has this modality; expected model.encoders." + m.key() + ")");
        }
        return e;
    }
}
