package io.latefusion.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Multiple-comparison corrections over the family of tests in one report: Holm-Bonferroni (the
 * default; controls the family-wise error rate) and Benjamini-Hochberg (controls the false
 * discovery rate). Both give adjusted p-values, as statsmodels' {@code multipletests} ("holm",
 * "fdr_bh") and SciPy's {@code false_discovery_control} do. Untested entries (NaN) are left out
 * of the family and stay NaN.
 */
public enum Correction {
    HOLM("Holm-Bonferroni"),
    BENJAMINI_HOCHBERG("Benjamini-Hochberg");

    private final String title;

    Correction(String title) {
        this.title = title;
    }

    /** The method's name for reports. */
    public String title() {
        return title;
    }

    /** Reads {@code holm} or {@code bh} (also the full names). */
    public static Correction fromKey(String key) {
        return switch (key.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "holm", "holm-bonferroni" -> HOLM;
            case "bh", "fdr", "benjamini-hochberg" -> BENJAMINI_HOCHBERG;
            default -> throw new IllegalArgumentException("Invalid correction '" + key + "' (expected holm or bh)");
        };
    }

    /** The adjusted p-values, in the order of {@code p}. */
    public double[] adjust(double[] p) {
        int[] tested = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).mapToInt(Integer::intValue).toArray();
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = tested.length;
        if (this == HOLM) {
            double running = 0;
            for (int rank = 0; rank < m; rank++) {
                running = Math.max(running, Math.min(1, (m - rank) * p[tested[rank]]));
                adjusted[tested[rank]] = running;
            }
        } else {
            double running = 1;
            for (int rank = m - 1; rank >= 0; rank--) {
                running = Math.min(running, Math.min(1, p[tested[rank]] * m / (rank + 1)));
                adjusted[tested[rank]] = running;
            }
        }
        return adjusted;
    }
}
