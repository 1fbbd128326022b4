package io.latefusion.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.stats.RatioBootstrap.Interval;
import io.latefusion.stats.RatioBootstrap.Method;
import io.latefusion.stats.RatioBootstrap.Samples;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RatioBootstrapTest {

    private static double[] normal(Random random, int n, double mean, double sd) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean + sd * random.nextGaussian();
        }
        return v;
    }

    @Test
    void theIntervalHoldsTheObservedRatioAndTheTrueOne() {
        Random random = new Random(3);
        Samples base = Samples.of(normal(random, 30, 100, 5));
        Samples slower = Samples.of(normal(random, 30, 80, 4));
        for (Method method : Method.values()) {
            Interval i = new RatioBootstrap(0.99, 10_000, 1, method).ratio(slower, base);
            assertThat(i.ratio()).isEqualTo(slower.mean() / base.mean());
            assertThat(i.low()).isLessThan(i.ratio()).isLessThan(0.8);
            assertThat(i.high()).isGreaterThan(i.ratio()).isGreaterThan(0.8).isLessThan(0.9);
        }
    }

    @Test
    void theSameSeedGivesTheSameIntervalAndAnotherSeedAnother() {
        Samples a = Samples.of(1, 2, 3, 4, 5);
        Samples b = Samples.of(2, 3, 4, 5, 6);
        RatioBootstrap one = new RatioBootstrap(0.95, 1000, 7, Method.PERCENTILE);
        assertThat(one.ratio(a, b)).isEqualTo(one.ratio(a, b));
        assertThat(new RatioBootstrap(0.95, 1000, 8, Method.PERCENTILE).ratio(a, b).low())
                .isNotEqualTo(one.ratio(a, b).low());
    }

    @Test
    void forkToForkVariationWidensTheInterval() {
        // the same 20 values, once as one fork and once as 4 forks whose means differ
        double[][] forks = {{10, 10.1, 9.9, 10, 10.05}, {12, 12.1, 11.9, 12, 12.05},
            {8, 8.1, 7.9, 8, 8.05}, {11, 11.1, 10.9, 11, 11.05}};
        double[] flat = new double[20];
        for (int f = 0; f < 4; f++) {
            System.arraycopy(forks[f], 0, flat, f * 5, 5);
        }
        Samples ref = Samples.of(10, 10, 10, 10, 10, 10.01);
        RatioBootstrap bootstrap = new RatioBootstrap(0.99, 10_000, 1, Method.PERCENTILE);
        Interval grouped = bootstrap.ratio(new Samples(List.of(forks)), ref);
        Interval pooled = bootstrap.ratio(Samples.of(flat), ref);
        assertThat(grouped.ratio()).isEqualTo(pooled.ratio());
        assertThat(grouped.high() - grouped.low()).isGreaterThan(1.2 * (pooled.high() - pooled.low()));
    }

    @Test
    void aRatioOfRatiosCancelsAMachineThatIsUniformlySlower() {
        Random random = new Random(5);
        Samples base = Samples.of(normal(random, 20, 100, 1));
        Samples baseRef = Samples.of(normal(random, 20, 50, 0.5));
        Samples slowMachine = Samples.of(normal(random, 20, 70, 0.7));
        Samples slowRef = Samples.of(normal(random, 20, 35, 0.35));
        Interval i = new RatioBootstrap(0.99, 10_000, 1, Method.BCA)
                .ratioOfRatios(List.of(slowMachine, baseRef), List.of(base, slowRef));
        assertThat(i.low()).isLessThan(1);
        assertThat(i.high()).isGreaterThan(1);
        assertThat(i.ratio()).isBetween(0.98, 1.02);
    }

    @Test
    void badSettingsAndSamplesAreRefused() {
        assertThatThrownBy(() -> new RatioBootstrap(1.0, 1000, 1, Method.BCA)).hasMessageContaining("level: 1.0");
        assertThatThrownBy(() -> new RatioBootstrap(0.99, 10, 1, Method.BCA)).hasMessageContaining("resamples: 10");
        assertThatThrownBy(() -> Samples.of(1, Double.NaN)).hasMessageContaining("non-finite");
        assertThatThrownBy(() -> new Samples(List.of(new double[0]))).hasMessageContaining("empty group");
    }
}
