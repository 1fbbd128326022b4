package io.latefusion.data.mosi;

import static io.latefusion.data.mosi.MosiPickles.doubles;
import static io.latefusion.data.mosi.MosiPickles.floats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.latefusion.data.DataException;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultibenchMosiLoaderTest {

    private static final int STEPS = 5;
    /** Real steps per sample; the second sample has no text at all and is dropped. */
    private static final int[] REAL = {3, 0, 5, 1};

    @TempDir
    Path dir;

    /** A mosi_raw-like pickle: left-padded sequences, audio −inf, labels (N, 1, 1). */
    private static MosiPickles raw() {
        MosiPickles p = new MosiPickles(2, "numpy.core", true);
        int n = REAL.length;
        for (String s : new String[] {"train", "valid", "test"}) {
            p.put(s, "vision", floats(leftPadded(2, 10), n, STEPS, 2))
                    .put(s, "audio", floats(withInfinity(leftPadded(3, 100)), n, STEPS, 3))
                    .put(s, "text", floats(leftPadded(4, 1000), n, STEPS, 4))
                    .put(s, "labels", doubles(new double[] {-1.2, 2.0, 0.0, 0.4}, n, 1, 1))
                    .put(s, "id", new MosiPickles.Strings(List.of("a", "b", "c", "d")));
        }
        return p;
    }

    @Test
    void dropsEmptyTextMovesTheRealStepsFirstAndZeroesMinusInfinity() {
        MultimodalDataset data = MultibenchMosiLoader.load(write(raw()), MosiTask.REGRESSION, false);
        SplitData train = data.split(Split.TRAIN);
        assertThat(train.size()).isEqualTo(3);
        assertThat(train.labels().values()).containsExactly(-1.2f, 0f, 0.4f);
        ModalityData text = train.input(Modality.TEXT);
        assertThat(text.sampleShape()).containsExactly(STEPS, 4);
        assertThat(text.lengths()).containsExactly(3, 5, 1);
        assertThat(train.input(Modality.VIDEO).lengths()).containsExactly(3, 5, 1);
        float[] first = new float[STEPS * 4];
        text.copySample(0, first, 0);
        // sample 0's real steps were 2..4 of the file: now 0..2, then zero padding
        assertThat(first[0]).isEqualTo(1000 + 0 * 20 + 2 * 4);
        assertThat(first[11]).isEqualTo(1000 + 0 * 20 + 4 * 4 + 3);
        assertThat(List.of(first[12], first[19])).containsOnly(0f);
        float[] audio = new float[STEPS * 3];
        train.input(Modality.AUDIO).copySample(0, audio, 0);
        assertThat(audio[0]).isZero(); // was −inf
        assertThat(audio[1]).isEqualTo(100 + 2 * 3 + 1);
    }

    @Test
    void zNormalisesEachSampleOverItsRealSteps() {
        MultimodalDataset data = MultibenchMosiLoader.load(write(raw()), MosiTask.BINARY_NONZERO, true);
        SplitData test = data.split(Split.TEST);
        assertThat(test.size()).isEqualTo(2); // the empty-text sample and the zero label gone
        assertThat(test.labels().classes()).containsExactly(0, 1);
        float[] text = new float[STEPS * 4];
        test.input(Modality.TEXT).copySample(0, text, 0);
        // feature 0 over steps 0..2 was 1008, 1012, 1016: mean 1012, unbiased σ 4
        assertThat(text[0]).isCloseTo(-1f, within(1e-6f));
        assertThat(text[4]).isCloseTo(0f, within(1e-6f));
        assertThat(text[8]).isCloseTo(1f, within(1e-6f));
        assertThat(text[12]).isZero();
        float[] single = new float[STEPS * 4];
        test.input(Modality.TEXT).copySample(1, single, 0);
        assertThat(single).containsOnly(0f); // one step: σ undefined, read as 0 as torch.nan_to_num does
    }

    @Test
    void refusesBadLabelShapesAndSequencesOfOtherLengths() {
        MosiPickles flatLabels = raw().put("valid", "labels", doubles(new double[] {1, 2, 3, 4}, 4));
        assertThatThrownBy(() -> MultibenchMosiLoader.load(write(flatLabels), MosiTask.CLASSIFICATION, false))
                .isInstanceOf(DataException.class).hasMessageContaining("valid: 'labels' has shape [4]")
                .hasMessageContaining("(N, 1, 1)");
        MosiPickles longerVision = raw().put("test", "vision", floats(new double[4 * 6 * 2], 4, 6, 2));
        assertThatThrownBy(() -> MultibenchMosiLoader.load(write(longerVision), MosiTask.CLASSIFICATION, false))
                .isInstanceOf(DataException.class).hasMessageContaining("'vision' has 6 steps but 'text' has 5");
    }

    /** (N, STEPS, features), left-padded: sample i's last REAL[i] steps hold base + i·20 + t·features + f. */
    private static double[] leftPadded(int features, double base) {
        double[] v = new double[REAL.length * STEPS * features];
        for (int i = 0; i < REAL.length; i++) {
            for (int t = STEPS - REAL[i]; t < STEPS; t++) {
                for (int f = 0; f < features; f++) {
                    v[(i * STEPS + t) * features + f] = base + i * 20 + t * features + f;
                }
            }
        }
        return v;
    }

    private static double[] withInfinity(double[] audio) {
        audio[2 * 3] = Double.NEGATIVE_INFINITY; // sample 0, step 2, feature 0
        return audio;
    }

    private Path write(MosiPickles pickle) {
        try {
            Path file = Files.createTempFile(dir, "mosi_raw", ".pkl");
            Files.write(file, pickle.toBytes());
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
