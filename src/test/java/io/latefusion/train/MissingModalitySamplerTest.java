package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MissingModalitySamplerTest {

    private static final ModalitySet AI = ModalitySet.parse("AI");
    private static final int DRAWS = 10_000;

    /** The share of rows lacking each modality, in the set's order. */
    private static double[] realised(float[] mask, int modalities) {
        int[] absent = new int[modalities];
        for (int i = 0; i < mask.length; i++) {
            absent[i % modalities] += mask[i] == 0f ? 1 : 0;
        }
        double[] rates = new double[modalities];
        for (int m = 0; m < modalities; m++) {
            rates[m] = absent[m] / (double) (mask.length / modalities);
        }
        return rates;
    }

    private static void assertNeverAllMissing(float[] mask, int modalities) {
        for (int r = 0; r < mask.length / modalities; r++) {
            float present = 0;
            for (int m = 0; m < modalities; m++) {
                present += mask[r * modalities + m];
            }
            assertThat(present).as("modalities present in row %d", r).isGreaterThanOrEqualTo(1f);
        }
    }

    @Test
    void eachConfiguredRateIsHitOnTenThousandDraws() {
        for (Map<Modality, Double> rates : new Map[] {
                Map.of(Modality.AUDIO, 0.2), Map.of(Modality.AUDIO, 0.9), Map.of(Modality.IMAGE, 0.2),
                Map.of(Modality.AUDIO, 0.3, Modality.IMAGE, 0.4), Map.of(Modality.AUDIO, 0.5, Modality.IMAGE, 0.5)}) {
            MissingModalitySampler sampler = new MissingModalitySampler(AI, rates, 7);
            float[] mask = sampler.next(DRAWS);
            double[] realised = realised(mask, 2);
            assertThat(realised[0]).as("audio at %s", rates).isCloseTo(rates.getOrDefault(Modality.AUDIO, 0.0), within(0.02));
            assertThat(realised[1]).as("image at %s", rates).isCloseTo(rates.getOrDefault(Modality.IMAGE, 0.0), within(0.02));
            assertThat(sampler.expectedRates().get(Modality.AUDIO))
                    .isCloseTo(rates.getOrDefault(Modality.AUDIO, 0.0), within(1e-6));
            assertNeverAllMissing(mask, 2);
        }
    }

    @Test
    void threeModalitiesAtHalfKeepTheirRatesAndOneModalityPresent() {
        ModalitySet atv = ModalitySet.parse("ATV");
        Map<Modality, Double> rates = Map.of(Modality.AUDIO, 0.5, Modality.TEXT, 0.5, Modality.VIDEO, 0.5);
        float[] mask = new MissingModalitySampler(atv, rates, 3).next(DRAWS);
        for (double rate : realised(mask, 3)) {
            assertThat(rate).isCloseTo(0.5, within(0.02));
        }
        assertNeverAllMissing(mask, 3);
    }

    @Test
    void ratesThatCannotBeMetFallShortAsExpectedAndStillNeverDropAll() {
        // 0.9 and 0.9 would leave 81 % of samples empty: keeping one modality caps the sum of rates at 1
        MissingModalitySampler sampler = new MissingModalitySampler(AI,
                Map.of(Modality.AUDIO, 0.9, Modality.IMAGE, 0.9), 11);
        assertThat(sampler.expectedRates().get(Modality.AUDIO)).isCloseTo(0.5, within(1e-9));
        assertThat(sampler.expectedRates().get(Modality.IMAGE)).isCloseTo(0.5, within(1e-9));
        float[] mask = sampler.next(DRAWS);
        double[] realised = realised(mask, 2);
        assertThat(realised[0]).isCloseTo(0.5, within(0.02));
        assertThat(realised[1]).isCloseTo(0.5, within(0.02));
        assertNeverAllMissing(mask, 2);
    }

    @Test
    void theSameSeedGivesTheSameMasksAnotherSeedOthers() {
        Map<Modality, Double> rates = Map.of(Modality.AUDIO, 0.3, Modality.IMAGE, 0.6);
        float[] a = new MissingModalitySampler(AI, rates, 42).next(1000);
        float[] b = new MissingModalitySampler(AI, rates, 42).next(1000);
        float[] c = new MissingModalitySampler(AI, rates, 43).next(1000);
        assertThat(b).containsExactly(a);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void rateZeroAndRateOneForOneOfTwoModalities() {
        float[] always = new MissingModalitySampler(AI, Map.of(Modality.AUDIO, 1.0, Modality.IMAGE, 0.0), 1)
                .next(DRAWS);
        assertThat(realised(always, 2)).containsExactly(1.0, 0.0);
        float[] never = new MissingModalitySampler(AI, Map.of(Modality.AUDIO, 0.0), 1).next(DRAWS);
        assertThat(realised(never, 2)).containsExactly(0.0, 0.0);
        float[] none = new MissingModalitySampler(AI, Map.of(), 1).next(DRAWS);
        assertThat(none).containsOnly(1f);
    }

    @Test
    void masksOfOneSeedAtRisingRatesAreNested() {
        float[] low = new MissingModalitySampler(AI, Map.of(Modality.IMAGE, 0.3), 5).next(2000);
        float[] high = new MissingModalitySampler(AI, Map.of(Modality.IMAGE, 0.7), 5).next(2000);
        for (int i = 0; i < low.length; i++) {
            if (low[i] == 0f) {
                assertThat(high[i]).as("value %d", i).isEqualTo(0f);
            }
        }
    }

    @Test
    void badRatesAreRefusedNamingTheKeyAndValue() {
        assertThatThrownBy(() -> MissingModalitySampler.validate(Map.of(Modality.AUDIO, 1.5), AI))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("train.missing.audio: 1.5").hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> MissingModalitySampler.validate(Map.of(Modality.IMAGE, -0.1), AI))
                .hasMessageContaining("train.missing.image: -0.1");
        assertThatThrownBy(() -> MissingModalitySampler.validate(Map.of(Modality.AUDIO, 1.0, Modality.IMAGE, 1.0), AI))
                .hasMessageContaining("train.missing: {audio: 1.0, image: 1.0}")
                .hasMessageContaining("every modality");
        assertThatThrownBy(() -> MissingModalitySampler.validate(Map.of(Modality.TEXT, 0.2), AI))
                .hasMessageContaining("train.missing.text: 0.2").hasMessageContaining("no text modality");
        assertThatThrownBy(() -> new MissingModalitySampler(ModalitySet.parse("I"), Map.of(Modality.IMAGE, 0.2), 1))
                .hasMessageContaining("train.missing.image: 0.2").hasMessageContaining("one modality");
    }
}
