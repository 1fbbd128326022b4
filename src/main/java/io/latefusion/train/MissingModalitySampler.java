package io.latefusion.train;

import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.StringJoiner;

/**
 * Draws which modalities each sample lacks: per-sample presence masks in which modality m is
 * missing with its configured rate and never every modality of one sample at once. The study's
 * code ignored its missing rates; this class is the one place that turns them into masks, for
 * training ({@code train.missing}) and for the test-time robustness curve.
 *
 * <p><b>The never-all-missing rule.</b> Each modality is dropped independently with a calibrated
 * probability q<sub>m</sub> ≥ p<sub>m</sub> (p = the configured rate); when a draw drops all of
 * them, one modality, chosen uniformly, is restored. The realised rate is then
 * q<sub>m</sub> − Q/M with Q = ∏ q<sub>k</sub> and M modalities, so q<sub>m</sub> = p<sub>m</sub> + Q/M
 * makes it exactly p<sub>m</sub>; Q is the least fixed point of Q = ∏ min(1, p<sub>k</sub> + Q/M),
 * found by iterating from 0. Whenever the rates leave on average at least one modality present
 * (Σ (1 − p<sub>m</sub>) ≥ 1) the realised rates equal the configured ones. Otherwise (e.g. 0.9 and
 * 0.9) no rule that keeps one modality can meet them: the q<sub>m</sub> clamp at 1 and the realised
 * rates fall short (0.9 and 0.9 → 0.5 and 0.5); {@link #expectedRates()} says by how much. With a
 * single modality at a rate above 0 (every other one at 0) nothing is ever restored and no
 * calibration happens: the draws are plain Bernoulli draws.
 *
 * <p>Draws come from a {@link SplittableRandom} of their own, seeded by the caller, so turning
 * missing modalities on or off changes neither the shuffling nor the engine's random stream. Every
 * sample consumes one uniform draw per modality (whatever its rate) and one more only when a
 * modality must be restored, so masks of one seed at rising rates of one modality are nested.
 */
public final class MissingModalitySampler {

    private static final int MAX_ITERATIONS = 100_000;
    private static final double CONVERGED = 1e-13;

    private final ModalitySet modalities;
    private final double[] dropProbability;
    private final Map<Modality, Double> expected;
    private final SplittableRandom random;

    /**
     * A sampler over the members of {@code modalities}; {@code rates} maps a modality to its missing
     * rate (absent: 0). Validated by {@link #validate}.
     */
    public MissingModalitySampler(ModalitySet modalities, Map<Modality, Double> rates, long seed) {
        validate(rates, modalities);
        this.modalities = modalities;
        List<Modality> order = modalities.modalities();
        double[] configured = new double[order.size()];
        for (int i = 0; i < configured.length; i++) {
            configured[i] = rates.getOrDefault(order.get(i), 0.0);
        }
        this.dropProbability = calibrate(configured);
        double allDropped = product(dropProbability);
        Map<Modality, Double> realised = new EnumMap<>(Modality.class);
        for (int i = 0; i < configured.length; i++) {
            realised.put(order.get(i), dropProbability[i] - allDropped / configured.length);
        }
        this.expected = Collections.unmodifiableMap(realised);
        this.random = new SplittableRandom(seed);
    }

    /**
     * Checks {@code rates} (the value of {@code train.missing}) against the model's modalities: each
     * a modality of the model with a rate in [0, 1], a single-modality model never missing its one
     * modality, and not every modality at rate 1 (that drops every modality of every sample).
     *
     * @throws IllegalArgumentException naming the key and the value
     */
    public static void validate(Map<Modality, Double> rates, ModalitySet modalities) {
        rates.forEach((m, rate) -> {
            if (!modalities.contains(m)) {
                throw new IllegalArgumentException("Invalid train.missing." + m.key() + ": " + rate
                        + " (the model has no " + m.key() + " modality; it has " + modalities + ")");
            }
            if (rate == null || !(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("Invalid train.missing." + m.key() + ": " + rate
                        + " (expected a rate in [0, 1])");
            }
            if (modalities.size() == 1 && rate > 0) {
                throw new IllegalArgumentException("Invalid train.missing." + m.key() + ": " + rate
                        + " (a model of one modality cannot miss it; expected 0)");
            }
        });
        if (modalities.size() > 1 && modalities.modalities().stream().allMatch(m -> rates.getOrDefault(m, 0.0) == 1.0)) {
            throw new IllegalArgumentException("Invalid train.missing: " + describe(rates)
                    + " drops every modality of every sample (at least one rate must be below 1)");
        }
    }

    /** Rates as a config writes them: {@code {audio: 0.2, image: 0.0}}. */
    public static String describe(Map<Modality, Double> rates) {
        StringJoiner joined = new StringJoiner(", ", "{", "}");
        Modality.orderedCopy(rates).forEach((m, rate) -> joined.add(m.key() + ": " + rate));
        return joined.toString();
    }

    /** The modalities of the masks, in mask column order. */
    public ModalitySet modalities() {
        return modalities;
    }

    /**
     * The missing rate per modality that the masks realise in expectation: the configured rates,
     * unless they cannot be met without dropping every modality of some samples (see the class
     * comment).
     */
    public Map<Modality, Double> expectedRates() {
        return expected;
    }

    /** The presence masks of the next {@code rows} samples, row-major (rows, M): 1 present, 0 missing. */
    public float[] next(int rows) {
        int m = dropProbability.length;
        float[] mask = new float[rows * m];
        for (int r = 0; r < rows; r++) {
            int present = 0;
            for (int k = 0; k < m; k++) {
                boolean dropped = random.nextDouble() < dropProbability[k];
                mask[r * m + k] = dropped ? 0f : 1f;
                present += dropped ? 0 : 1;
            }
            if (present == 0) {
                mask[r * m + random.nextInt(m)] = 1f;
            }
        }
        return mask;
    }

    /** q with q_k = min(1, p_k + Q/M) at the least fixed point Q of Q = ∏ q_k (see the class comment). */
    private static double[] calibrate(double[] rates) {
        double allDropped = 0;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double next = product(raised(rates, allDropped));
            boolean converged = next - allDropped < CONVERGED;
            allDropped = next;
            if (converged) {
                break;
            }
        }
        return raised(rates, allDropped);
    }

    private static double[] raised(double[] rates, double allDropped) {
        double[] q = new double[rates.length];
        for (int k = 0; k < rates.length; k++) {
            q[k] = Math.min(1.0, rates[k] + allDropped / rates.length);
        }
        return q;
    }

    private static double product(double[] values) {
        return Arrays.stream(values).reduce(1.0, (a, b) -> a * b);
    }
}
