package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConvergenceTest {

    private static PhaseRecord phase(double accuracy) {
        return new PhaseRecord(1 - accuracy, Map.of("AI", Map.of("accuracy", accuracy)), new Timing(1, 0.1));
    }

    private static List<EpochRecord> curve(double[] train, double[] validation) {
        List<EpochRecord> records = new ArrayList<>();
        for (int i = 0; i < train.length; i++) {
            records.add(new EpochRecord(i + 1, 10.0 * (i + 1), phase(train[i]), phase(validation[i]), phase(0), null));
        }
        return records;
    }

    @Test
    void readsTheFirstEpochReachingTheTargetOnEachCurve() {
        List<EpochRecord> records = curve(new double[] {0.90, 0.99, 0.995, 0.999},
                new double[] {0.95, 0.98, 0.991, 0.97});
        Convergence c = Convergence.of(records, new TargetOptions("accuracy", null, 0.99), "AI");
        assertThat(c.trainEpoch()).isEqualTo(2);
        assertThat(c.trainSeconds()).isEqualTo(20.0);
        assertThat(c.validationEpoch()).isEqualTo(3);
        assertThat(c.validationSeconds()).isEqualTo(30.0);
        assertThat(c.validationSeconds()).isNotNull();
    }

    @Test
    void aTargetNeverReachedIsNull() {
        Convergence c = Convergence.of(curve(new double[] {0.5, 0.6}, new double[] {0.5, 0.6}),
                new TargetOptions("accuracy", null, 0.99), "AI");
        assertThat(c.validationEpoch()).isNull();
        assertThat(c.trainEpoch()).isNull();
        assertThat(c.validationSeconds()).isNull();
    }

    @Test
    void aLowerIsBetterTargetIsReachedWhenTheScoreFallsToIt() {
        List<EpochRecord> records = new ArrayList<>();
        double[] mae = {1.2, 0.95, 0.8};
        for (int i = 0; i < mae.length; i++) {
            PhaseRecord p = new PhaseRecord(mae[i], Map.of("ATV", Map.of("mae", mae[i])), new Timing(1, 0.1));
            records.add(new EpochRecord(i + 1, 10.0 * (i + 1), p, p, p, null));
        }
        Convergence c = Convergence.of(records, new TargetOptions("mae", null, 0.95), "ATV");
        assertThat(c.validationEpoch()).isEqualTo(2);
        assertThat(new TargetOptions("mae", null, 0.95).reachedBy(0.96)).isFalse();
        assertThat(new TargetOptions("accuracy", null, 0.95).reachedBy(0.96)).isTrue();
    }
}
