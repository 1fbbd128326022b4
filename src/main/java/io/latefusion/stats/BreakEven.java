package io.latefusion.stats;

/**
 * How many downstream trainings one pre-training must serve before the pre-trained route is
 * cheaper per training than the baseline: the smallest k with P / k + T_pre &lt; T_base, where P
 * is the pre-training cost and T the cost of one training to the target on each route
 * (k = ⌊P / (T_base − T_pre)⌋ + 1). Infinite (null) when the pre-trained route never reaches the
 * target or is not faster to it; 1 when only the pre-trained route reaches it.
 *
 * @param count the break-even count, or null for ∞
 * @param why   the reason in words
 */
public record BreakEven(Long count, String why) {

    /** {@code baseline} / {@code pretrained}: seconds (or epochs) to the target per training, null = never. */
    public static BreakEven of(double pretrainCost, Double baseline, Double pretrained) {
        if (!(pretrainCost >= 0)) {
            throw new IllegalArgumentException("Invalid pre-training cost: " + pretrainCost + " (expected ≥ 0)");
        }
        if (pretrained == null) {
            return new BreakEven(null, "the pre-trained route never reaches the target");
        }
        if (baseline == null) {
            return new BreakEven(1L, "only the pre-trained route reaches the target");
        }
        double saving = baseline - pretrained;
        if (saving <= 0) {
            return new BreakEven(null, "the pre-trained route is not faster to the target");
        }
        return new BreakEven((long) Math.floor(pretrainCost / saving) + 1,
                "each training saves " + String.format(java.util.Locale.ROOT, "%.1f", saving));
    }

    /** The count as a report shows it: the number or ∞. */
    public String label() {
        return count == null ? "∞" : count.toString();
    }
}
