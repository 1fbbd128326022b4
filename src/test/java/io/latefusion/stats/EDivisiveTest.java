package io.latefusion.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.stats.EDivisive.ChangePoint;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EDivisiveTest {

    private static final EDivisive DETECTOR = new EDivisive(199, 0.05, 2, 1);

    /** {@code n} values around {@code level} with seeded 1 % noise, shifted by {@code steps[k]} from index {@code at[k]}. */
    private static double[] series(long seed, int n, double level, int[] at, double[] steps) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double mean = level;
            for (int k = 0; k < at.length; k++) {
                if (i >= at[k]) {
                    mean *= 1 + steps[k];
                }
            }
            x[i] = mean * (1 + 0.01 * random.nextGaussian());
        }
        return x;
    }

    @Test
    void aFifteenPercentDropAtIndexSevenOfFifteenIsFoundAtSeven() {
        List<ChangePoint> found = DETECTOR.detect(series(1, 15, 100, new int[] {7}, new double[] {-0.15}));

        assertThat(found).extracting(ChangePoint::index).containsExactly(7);
        assertThat(found.get(0).pValue()).isLessThan(0.05).isEqualTo(1 / 200.0); // no permutation is as divergent
    }

    @Test
    void aFlatNoisySeriesHasNoChangePoint() {
        assertThat(DETECTOR.detect(series(2, 15, 100, new int[0], new double[0]))).isEmpty();
        assertThat(DETECTOR.detect(series(3, 30, 100, new int[0], new double[0]))).isEmpty();
    }

    @Test
    void twoStepsAreBothFound() {
        List<ChangePoint> found = DETECTOR.detect(series(4, 24, 100, new int[] {8, 16}, new double[] {-0.15, 0.25}));

        assertThat(found).extracting(ChangePoint::index).containsExactly(8, 16);
        assertThat(found).allSatisfy(c -> assertThat(c.pValue()).isLessThan(0.05));
    }

    @Test
    void theSameSeedGivesTheSamePValues() {
        double[] x = series(5, 12, 100, new int[] {6}, new double[] {-0.02});

        assertThat(new EDivisive(199, 0.05, 2, 9).detect(x)).isEqualTo(new EDivisive(199, 0.05, 2, 9).detect(x));
    }

    @Test
    void aSeriesTooShortToSplitHasNoChangePointAndBadSettingsAreRefused() {
        assertThat(DETECTOR.detect(new double[] {1, 2, 50})).isEmpty();
        assertThatThrownBy(() -> new EDivisive(199, 0.05, 1, 1)).hasMessageContaining("minimum segment 1");
    }
}
