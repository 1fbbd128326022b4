package io.latefusion.data.mmimdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import org.junit.jupiter.api.Test;

class SyntheticMmimdbTest {

    private static final SyntheticMmimdbOptions SMALL =
            new SyntheticMmimdbOptions(3000, 50, 50, 30, 64, 16, 0.5, 1.5, 1.0, 0.5);

    @Test
    void isDeterministicBySeed() {
        MultimodalDataset a = SyntheticMmimdb.generate(SMALL, 7);
        assertThat(SyntheticMmimdb.generate(SMALL, 7).fingerprint()).isEqualTo(a.fingerprint());
        assertThat(SyntheticMmimdb.generate(SMALL, 8).fingerprint()).isNotEqualTo(a.fingerprint());
        assertThat(a.sampleShape(Modality.TEXT)).containsExactly(30);
        assertThat(a.sampleShape(Modality.IMAGE)).containsExactly(64);
        assertThat(a.classNames()).isEqualTo(Genres.NAMES);
    }

    @Test
    void genresAreImbalancedCoOccurAndEveryMovieHasOne() {
        float[] y = SyntheticMmimdb.generate(SMALL, 1).split(Split.TRAIN).labels().values();
        int n = y.length / Genres.COUNT;
        double[] share = new double[Genres.COUNT];
        for (int r = 0; r < n; r++) {
            float any = 0;
            for (int l = 0; l < Genres.COUNT; l++) {
                share[l] += y[r * Genres.COUNT + l] / n;
                any += y[r * Genres.COUNT + l];
            }
            assertThat(any).isGreaterThanOrEqualTo(1f);
        }
        assertThat(share[0]).isBetween(0.45, 0.65);
        assertThat(share[22]).isBetween(0.003, 0.04);
        assertThat(share[0]).isGreaterThan(5 * share[22]);
        double strongest = 0;
        for (int a = 0; a < Genres.COUNT; a++) {
            for (int b = a + 1; b < Genres.COUNT; b++) {
                strongest = Math.max(strongest, Math.abs(correlation(y, a, b, n)));
            }
        }
        assertThat(strongest).isGreaterThan(0.15);
    }

    private static double correlation(float[] y, int a, int b, int n) {
        double ma = 0;
        double mb = 0;
        for (int r = 0; r < n; r++) {
            ma += y[r * Genres.COUNT + a] / n;
            mb += y[r * Genres.COUNT + b] / n;
        }
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int r = 0; r < n; r++) {
            double da = y[r * Genres.COUNT + a] - ma;
            double db = y[r * Genres.COUNT + b] - mb;
            cov += da * db;
            va += da * da;
            vb += db * db;
        }
        return cov / Math.sqrt(va * vb);
    }
}
