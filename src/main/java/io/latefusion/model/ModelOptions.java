package io.latefusion.model;

import io.latefusion.data.Modality;
import io.latefusion.model.fusion.FusionType;
import java.util.Map;
import java.util.Objects;

/** The config of a late-fusion model: one encoder per modality, the fusion, the head, missing data. */
public record ModelOptions(Map<Modality, EncoderOptions> encoders, FusionType fusion, HeadOptions head,
                           MissingRepresentation missing) {

    public ModelOptions {
        Objects.requireNonNull(encoders, "model.encoders is required");
        encoders = Modality.orderedCopy(encoders);
        Objects.requireNonNull(fusion, "model.fusion is required");
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
