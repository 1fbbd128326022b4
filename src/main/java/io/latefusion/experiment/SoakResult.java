package io.latefusion.experiment;

import java.util.List;
import java.util.Map;

/**
 * What {@code soak.json} holds: the run's settings, environment and per-epoch memory, and the RSS
 * growth from epoch 2 to the last epoch (epoch 1 warms the allocator and the JIT up, so it is not
 * the base) as a fraction of epoch 2's RSS; {@code passed} says whether it stayed within
 * {@code maxGrowth}. Growth is null where the RSS cannot be read (then the run passes).
 */
public record SoakResult(String runId, String config, String variant, long seed, int epochsRequested,
                         double maxGrowth, long leakPerEpochBytes, List<String> overrides,
                         Map<String, String> environment, List<SoakEpoch> epochs, Double rssGrowth,
                         boolean passed) {

    /** The RSS growth of {@code epochs} from epoch 2 to the last, or null when either RSS is unknown. */
    public static Double rssGrowth(List<SoakEpoch> epochs) {
        if (epochs.size() < 2) {
            return null;
        }
        Long base = epochs.get(1).memory().rssBytes();
        Long last = epochs.get(epochs.size() - 1).memory().rssBytes();
        return base == null || last == null || base == 0 ? null : (last - base) / (double) base;
    }
}
