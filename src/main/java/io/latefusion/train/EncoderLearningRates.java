package io.latefusion.train;

import ai.djl.nn.Parameter;
import ai.djl.training.tracker.ParameterTracker;
import io.latefusion.data.Modality;
import io.latefusion.model.LateFusionModel;
import java.util.HashMap;
import java.util.Map;

/**
 * Modality-specific learning rates (Yao &amp; Mihalcea 2022): the optimiser's learning rate for a
 * parameter is the base rate times the multiplier of the encoder that owns it, the base rate for
 * every other parameter (fusion, head, encoders without a multiplier). DJL's optimisers ask their
 * {@link ParameterTracker} with each parameter's id; the ids of each encoder's parameters are
 * mapped to its multiplier once, when the tracker is made. The study configured per-encoder rates
 * but never used them; this is where they take effect.
 */
public final class EncoderLearningRates implements ParameterTracker {

    private final float base;
    private final Map<String, Float> byParameter;

    private EncoderLearningRates(float base, Map<String, Float> byParameter) {
        this.base = base;
        this.byParameter = byParameter;
    }

    /**
     * The tracker for {@code model}: {@code multipliers} maps a modality to the factor applied to
     * its encoder's learning rate (absent: 1).
     *
     * @throws IllegalArgumentException if a multiplier names a modality the model lacks or is not > 0
     */
    public static EncoderLearningRates of(LateFusionModel model, double baseRate, Map<Modality, Double> multipliers) {
        Map<String, Float> byParameter = new HashMap<>();
        multipliers.forEach((m, multiplier) -> {
            if (!model.modalities().contains(m)) {
                throw new IllegalArgumentException("Invalid learning-rate multiplier for " + m.key()
                        + ": the model has no " + m.key() + " encoder (it has " + model.modalities() + ")");
            }
            if (!(multiplier > 0) || !Double.isFinite(multiplier)) {
                throw new IllegalArgumentException("Invalid lr_multiplier of " + m.key() + ": " + multiplier
                        + " (expected > 0)");
            }
            float rate = (float) (baseRate * multiplier);
            for (Parameter parameter : model.encoder(m).getParameters().values()) {
                byParameter.put(parameter.getId(), rate);
            }
        });
        return new EncoderLearningRates((float) baseRate, byParameter);
    }

    @Override
    public float getNewValue(String parameterId, int numUpdate) {
        return byParameter.getOrDefault(parameterId, base);
    }
}
