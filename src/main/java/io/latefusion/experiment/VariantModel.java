package io.latefusion.experiment;

import ai.djl.ndarray.NDManager;
import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.model.LateFusionModel;
import io.latefusion.model.ModelFactory;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A variant's late-fusion model ready to train: built from the config, its pre-trained encoders
 * loaded (before any initialisation, as DJL requires) and those whose {@code encoder_training} mode
 * is {@code freeze} frozen (fine-tuned encoders get their learning-rate multipliers from
 * {@link VariantConfig#learningRateMultipliers()} when the training session opens). The experiment
 * runner and the benchmarks both start from here. Closing it frees the loaded weights.
 */
public final class VariantModel implements AutoCloseable {

    private final LateFusionModel model;
    private final Map<String, PretrainUse> uses;
    private final NDManager weights;

    private VariantModel(LateFusionModel model, Map<String, PretrainUse> uses, NDManager weights) {
        this.model = model;
        this.uses = Collections.unmodifiableMap(uses);
        this.weights = weights;
    }

    /**
     * Builds {@code variant}'s model; {@code auto} holds the encoders obtained for its {@code auto}
     * entries, other entries are paths to saved encoders.
     */
    public static VariantModel build(ExperimentConfig config, VariantConfig variant, MultimodalDataset data,
                                     Map<Modality, PretrainedEncoders.Saved> auto) {
        LateFusionModel model = ModelFactory.fusionModel(config.model(), data.modalities(), data::sampleShape,
                data.numClasses());
        Map<String, PretrainUse> uses = new LinkedHashMap<>();
        NDManager weights = NDManager.newBaseManager();
        try {
            for (Map.Entry<Modality, String> e : variant.pretrainedEncoders().entrySet()) {
                Modality m = e.getKey();
                PretrainedEncoders.Saved saved = VariantConfig.AUTO.equals(e.getValue()) ? auto.get(m)
                        : PretrainedEncoders.open(Path.of(e.getValue()), data, m, config.model().encoder(m));
                PretrainedEncoders.load(saved, model.encoder(m), weights);
                if (variant.encoderTraining().get(m).frozen()) {
                    model.encoder(m).freezeParameters(true);
                }
                EncoderCheckpoint c = saved.checkpoint();
                uses.put(m.key(), new PretrainUse(saved.params().toString(), saved.reused(),
                        c == null ? 0 : c.epoch(), c == null ? 0 : c.seconds()));
            }
        } catch (RuntimeException e) {
            weights.close();
            throw e;
        }
        return new VariantModel(model, uses, weights);
    }

    public LateFusionModel model() {
        return model;
    }

    /** Modality key → how its pre-trained encoder was obtained, in modality order. */
    public Map<String, PretrainUse> uses() {
        return uses;
    }

    /** Pre-training seconds per encoder, charged in full even when reused. */
    public Map<String, Double> pretrainSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        uses.forEach((m, u) -> seconds.put(m, u.seconds()));
        return seconds;
    }

    @Override
    public void close() {
        weights.close();
    }
}
