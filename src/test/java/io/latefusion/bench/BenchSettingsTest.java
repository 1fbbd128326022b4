package io.latefusion.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BenchSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty(BenchSettings.STEP_SLOWDOWN);
    }

    @Test
    void theStepSlowdownIsOffUnlessSetAndMustBeAFractionOfZeroOrMore() {
        assertThat(BenchSettings.stepSlowdown()).isZero();
        System.setProperty(BenchSettings.STEP_SLOWDOWN, "0.05");
        assertThat(BenchSettings.stepSlowdown()).isEqualTo(0.05);
        for (String bad : new String[] {"-0.1", "five", "NaN", "Infinity"}) {
            System.setProperty(BenchSettings.STEP_SLOWDOWN, bad);
            assertThatThrownBy(BenchSettings::stepSlowdown).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("=" + bad).hasMessageContaining("expected a fraction of 0 or more");
        }
    }
}
