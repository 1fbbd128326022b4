package io.latefusion.experiment;

import io.latefusion.data.Modality;
import io.latefusion.train.EpochRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A modality's missing rate in training as configured ({@code train.missing}) and as realised:
 * the mean over the epochs run of the share of training samples that lacked it. The study's code
 * ignored its configured rates; putting both side by side in every result makes that visible.
 */
public record MissingRate(double configured, double realised) {

    /** One entry per configured modality, keyed by modality name, in modality order. */
    public static Map<String, MissingRate> of(Map<Modality, Double> configured, List<EpochRecord> epochs) {
        Map<String, MissingRate> rates = new LinkedHashMap<>();
        Modality.orderedCopy(configured).forEach((m, rate) -> rates.put(m.key(), new MissingRate(rate,
                epochs.stream().mapToDouble(e -> e.train().missingRate().getOrDefault(m, Double.NaN))
                        .average().orElse(Double.NaN))));
        return rates;
    }
}
