package io.latefusion.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClopperPearsonTest {

    @Test
    void noSuccessesAndAllSuccessesHaveClosedForms() {
        // x = 0: [0, 1 - (α/2)^(1/n)]; x = n: [(α/2)^(1/n), 1]
        ClopperPearson none = ClopperPearson.of(0, 10, 0.95);
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(1 - Math.pow(0.025, 0.1), within(1e-9));
        ClopperPearson all = ClopperPearson.of(10, 10, 0.95);
        assertThat(all.low()).isCloseTo(Math.pow(0.025, 0.1), within(1e-9));
        assertThat(all.high()).isEqualTo(1);
    }

    @Test
    void twoOfSixMatchesTheBetaQuantiles() {
        // scipy.stats.beta.ppf(0.025, 2, 5), beta.ppf(0.975, 3, 4)
        ClopperPearson i = ClopperPearson.of(2, 6, 0.95);
        assertThat(i.low()).isCloseTo(0.0432719, within(1e-6));
        assertThat(i.high()).isCloseTo(0.7772219, within(1e-6));
    }

    @Test
    void impossibleProportionsAreRefused() {
        assertThatThrownBy(() -> ClopperPearson.of(3, 2, 0.95)).hasMessageContaining("3/2");
        assertThatThrownBy(() -> ClopperPearson.of(0, 0, 0.95)).hasMessageContaining("0/0");
    }
}
