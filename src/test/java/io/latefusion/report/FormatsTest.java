package io.latefusion.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void numbersHaveTheReportsFixedPrecision() {
        assertThat(Formats.metric(0.98125)).isEqualTo("0.9813");
        assertThat(Formats.seconds(12.34)).isEqualTo("12.3");
        assertThat(Formats.significant(1234.5)).isEqualTo("1230");
        assertThat(Formats.significant(12_345_678)).isEqualTo("12300000");
        assertThat(Formats.significant(0.012345)).isEqualTo("0.0123");
        assertThat(Formats.significant(640)).isEqualTo("640");
        assertThat(Formats.significant(0.5)).isEqualTo("0.5");
        assertThat(Formats.percentChange(-2.5)).isEqualTo("-2.5 %");
        assertThat(Formats.percentChange(35)).isEqualTo("+35.0 %");
        assertThat(Formats.epochOrNotReached(null)).isEqualTo("not reached");
        assertThat(Formats.secondsOrNotReached(3.04)).isEqualTo("3.0");
    }

    @Test
    void jmhUnitsConvertToSecondsMillisecondsAndOperationsPerSecond() {
        assertThat(Units.perSecond(2.0, "ops/ms")).isCloseTo(2000.0, within(1e-9));
        assertThat(Units.perSecond(8.0, "ops/s")).isEqualTo(8.0);
        assertThat(Units.seconds(1500.0, "ms/op")).isCloseTo(1.5, within(1e-12));
        assertThat(Units.millis(2.0, "s/op")).isCloseTo(2000.0, within(1e-9));
        assertThat(Units.millis(null, "ms/op")).isNull();
        assertThat(Units.known("us/op")).isTrue();
        assertThat(Units.known("B/op")).isFalse();
    }
}
