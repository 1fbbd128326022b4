package io.latefusion.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.latefusion.data.Modality;
import java.util.EnumMap;
import java.util.Map;

/**
 * One variant of an experiment: which encoders start from pre-trained weights (modality → a
 * {@code .params} path, or {@code auto} to pre-train first or reuse a matching saved encoder), and
 * how each of them trains in late fusion ({@code encoder_training}: frozen, or fine-tuned with a
 * learning-rate multiplier; resolved for every pre-trained encoder, default fine-tuned × 1). No
 * entry in {@code pretrained_encoders}: trained from scratch. {@code train} (optional) holds keys
 * of the config's {@code train} section that this variant runs with instead, laid over that section
 * (e.g. {@code {learning_rate: 5.0e-5, epochs: 100}}): how a config reproduces a study whose variants
 * trained differently; empty, the variant trains as the section says (see
 * {@link ExperimentConfig#trainOf}).
 */
public record VariantConfig(String name, Map<Modality, String> pretrainedEncoders,
                            Map<Modality, EncoderTraining> encoderTraining,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> train) {

    /** The value of {@code pretrained_encoders} that asks for pre-training (or reuse). */
    public static final String AUTO = "auto";

    public VariantConfig {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Invalid variant name: '" + name
                    + "' (expected letters, digits, '.', '_' or '-')");
        }
        Map<Modality, String> encoders = Modality.orderedCopy(pretrainedEncoders == null ? Map.of() : pretrainedEncoders);
        encoders.forEach((m, v) -> {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException("Invalid variants." + name + ".pretrained_encoders." + m.key()
                        + ": empty (expected auto or a path to an encoder .params file)");
            }
        });
        Map<Modality, EncoderTraining> given = encoderTraining == null ? Map.of() : encoderTraining;
        given.forEach((m, training) -> {
            if (!encoders.containsKey(m)) {
                throw new IllegalArgumentException("Invalid variants." + name + ".encoder_training." + m.key()
                        + ": the " + m.key() + " encoder is not pre-trained in this variant (pretrained_encoders: "
                        + (encoders.isEmpty() ? "none" : encoders.keySet().stream().map(Modality::key).toList()) + ")");
            }
            if (training == null) {
                throw new IllegalArgumentException("Invalid variants." + name + ".encoder_training." + m.key()
                        + ": empty (expected {mode: freeze} or {mode: finetune, lr_multiplier: …})");
            }
        });
        Map<Modality, EncoderTraining> resolved = new EnumMap<>(Modality.class);
        for (Modality m : encoders.keySet()) {
            resolved.put(m, given.getOrDefault(m, EncoderTraining.DEFAULT));
        }
        pretrainedEncoders = encoders;
        encoderTraining = Modality.orderedCopy(resolved);
        train = train == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(train));
    }

    /** Multiplier per fine-tuned pre-trained encoder, for the optimiser; frozen encoders have none. */
    public Map<Modality, Double> learningRateMultipliers() {
        Map<Modality, Double> multipliers = new EnumMap<>(Modality.class);
        encoderTraining.forEach((m, training) -> {
            if (!training.frozen()) {
                multipliers.put(m, training.lrMultiplier());
            }
        });
        return Modality.orderedCopy(multipliers);
    }
}
