package io.latefusion.experiment;

import io.latefusion.model.EncoderOptions;
import io.latefusion.train.TrainOptions;
import java.util.Map;

/**
 * The sidecar of a saved pre-trained encoder: what produced it (config, seed, data fingerprint,
 * cache key), which epoch was kept and its validation scores, and what it cost. Lets a later run
 * reuse the encoder only when all of that matches, and still charge its cost.
 */
public record EncoderCheckpoint(String dataset, String modality, String sampleShape, EncoderOptions encoder,
                                TrainOptions pretrain, long seed, String dataFingerprint, String key,
                                int epoch, String selectBy, Map<String, Double> validation, double seconds,
                                String created) {
}
