package io.latefusion.model;

import ai.djl.nn.Block;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import io.latefusion.model.fusion.Fusion;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** Builds late-fusion models from config: the multimodal one and the single-encoder pre-training one. */
public final class ModelFactory {

    private ModelFactory() {
    }

    /** Encoders of every modality in {@code modalities} → the configured pooling → head → {@code outputs} scores. */
    public static LateFusionModel fusionModel(ModelOptions options, ModalitySet modalities,
                                              Function<Modality, long[]> sampleShapes, int outputs) {
        Map<Modality, Block> encoders = new EnumMap<>(Modality.class);
        for (Modality m : modalities.modalities()) {
            encoders.put(m, Encoders.build(m, options.encoder(m), sampleShapes.apply(m)));
        }
        return new LateFusionModel(modalities, encoders, Fusion.of(options.multimodalPooling(), modalities.size()),
                ClassifierHead.build(options.head(), outputs), options.missing(), outputs);
    }

    /**
     * One modality's encoder + Linear(→ outputs), with concatenation (a pass-through for one
     * embedding) as the fusion: the monomodal pre-training model.
     */
    public static LateFusionModel pretrainModel(Modality modality, EncoderOptions encoder, long[] sampleShape,
                                                int outputs) {
        return new LateFusionModel(ModalitySet.of(modality),
                Map.of(modality, Encoders.build(modality, encoder, sampleShape)),
                Fusion.concat(1), ClassifierHead.build(HeadOptions.linear(), outputs),
                MissingRepresentation.ZERO_EMBEDDING, outputs);
    }
}
