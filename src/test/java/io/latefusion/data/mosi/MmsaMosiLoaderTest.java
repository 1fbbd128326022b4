package io.latefusion.data.mosi;

import static io.latefusion.data.mosi.MosiPickles.doubles;
import static io.latefusion.data.mosi.MosiPickles.floats;
import static io.latefusion.data.mosi.MosiPickles.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.DataException;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import io.latefusion.data.TaskType;
import io.latefusion.data.format.PickleBytes;
import io.latefusion.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MmsaMosiLoaderTest {

    private static final int STEPS = 6;
    private static final String[] SPLITS = {"train", "valid", "test"};
    private static final double[] SENTIMENTS = {-0.0, 0.0, 3.0, -3.0, 1.4};

    @TempDir
    Path dir;

    /** An aligned_50-like pickle: 5 samples per split, audio −inf in one cell, lengths as an array. */
    static MosiPickles aligned(int protocol, String core, boolean fortran) {
        MosiPickles p = new MosiPickles(protocol, core, fortran);
        int n = SENTIMENTS.length;
        for (String s : SPLITS) {
            double[] audio = ramp(n * STEPS * 2, 0.5);
            audio[3] = Double.NEGATIVE_INFINITY;
            p.put(s, "raw_text", new MosiPickles.Strings(List.of("a", "b c", "d", "e", "f")))
                    .put(s, "audio", floats(audio, n, STEPS, 2))
                    .put(s, "vision", floats(ramp(n * STEPS * 3, 2), n, STEPS, 3))
                    .put(s, "text", floats(ramp(n * STEPS * 4, 1), n, STEPS, 4))
                    .put(s, "audio_lengths", longs(new double[] {6, 1, 3, 0, 5}, n))
                    .put(s, "vision_lengths", new MosiPickles.IntList(List.of(6, 2, 3, 4, 5)))
                    .put(s, "regression_labels", doubles(SENTIMENTS, n))
                    .put(s, "classification_labels", doubles(new double[] {1, 1, 2, 0, 2}, n))
                    .put(s, "id", new MosiPickles.Strings(List.of("v1_1", "v1_2", "v2_1", "v3_1", "v3_2")));
        }
        return p;
    }

    @ParameterizedTest(name = "protocol {0}, {1}, fortran {2}")
    @CsvSource({"2, numpy.core, false", "2, numpy._core, true", "4, numpy.core, true", "4, numpy._core, false"})
    void readsEveryModalityLengthAndLabel(int protocol, String core, boolean fortran) {
        MultimodalDataset data = MmsaMosiLoader.load(write(aligned(protocol, core, fortran)),
                MosiTask.CLASSIFICATION, true);
        assertThat(data.modalities().name()).isEqualTo("ATV");
        assertThat(data.numClasses()).isEqualTo(3);
        SplitData validation = data.split(Split.VALIDATION);
        ModalityData text = validation.input(Modality.TEXT);
        assertThat(text.sampleShape()).containsExactly(STEPS, 4);
        assertThat(text.hasLengths()).isFalse();
        float[] sample = new float[STEPS * 4];
        text.copySample(1, sample, 0);
        assertThat(sample[0]).isEqualTo(24f);
        assertThat(sample[23]).isEqualTo(47f);
        ModalityData audio = validation.input(Modality.AUDIO);
        assertThat(audio.lengths()).containsExactly(6, 1, 3, 0, 5);
        assertThat(Fixtures.values(audio)[3]).isZero();
        assertThat(Fixtures.values(audio)[4]).isEqualTo(2f);
        assertThat(validation.input(Modality.VIDEO).lengths()).containsExactly(6, 2, 3, 4, 5);
        assertThat(validation.labels().classes()).containsExactly(1, 1, 2, 0, 2);
    }

    @Test
    void mapsTheRegressionLabelsToEachTask() {
        Path file = write(aligned(4, "numpy._core", false));
        MultimodalDataset regression = MmsaMosiLoader.load(file, MosiTask.REGRESSION, true);
        assertThat(regression.task()).isEqualTo(TaskType.REGRESSION);
        assertThat(regression.split(Split.TEST).labels().values()).containsExactly(-0f, 0f, 3f, -3f, 1.4f);
        MultimodalDataset seven = MmsaMosiLoader.load(file, MosiTask.SEVEN, true);
        assertThat(seven.split(Split.TEST).labels().classes()).containsExactly(3, 3, 6, 0, 4);
        MultimodalDataset nonzero = MmsaMosiLoader.load(file, MosiTask.BINARY_NONZERO, true);
        assertThat(nonzero.split(Split.TRAIN).size()).isEqualTo(3);
        assertThat(nonzero.split(Split.TRAIN).labels().classes()).containsExactly(1, 0, 1);
        assertThat(nonzero.split(Split.TRAIN).input(Modality.AUDIO).lengths()).containsExactly(3, 0, 5);
        MultimodalDataset withoutLengths = MmsaMosiLoader.load(file, MosiTask.BINARY, false);
        assertThat(withoutLengths.split(Split.TRAIN).input(Modality.AUDIO).hasLengths()).isFalse();
        assertThat(withoutLengths.split(Split.TRAIN).labels().classes()).containsExactly(1, 1, 1, 0, 1);
    }

    @Test
    void refusesMissingSplitsAndKeysNamingThem() {
        assertThatThrownBy(() -> MmsaMosiLoader.load(write(aligned(4, "numpy.core", false).removeSplit("valid")),
                MosiTask.CLASSIFICATION, true)).isInstanceOf(DataException.class)
                .hasMessageContaining("has no split 'valid'").hasMessageContaining("[test, train]");
        assertThatThrownBy(() -> MmsaMosiLoader.load(write(aligned(4, "numpy.core", false).put("test", "vision", null)),
                MosiTask.CLASSIFICATION, true)).isInstanceOf(DataException.class)
                .hasMessageContaining(", test: has no key 'vision'").hasMessageContaining("(N, L, features)");
    }

    @Test
    void refusesDisagreeingCountsAndLengthsBeyondTheSequence() {
        MosiPickles shortAudio = aligned(2, "numpy.core", false)
                .put("train", "audio", floats(ramp(4 * STEPS * 2, 1), 4, STEPS, 2));
        assertThatThrownBy(() -> MmsaMosiLoader.load(write(shortAudio), MosiTask.CLASSIFICATION, true))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("train: 'audio' has 4 samples but 'regression_labels' has 5");
        MosiPickles longLength = aligned(2, "numpy.core", false)
                .put("valid", "vision_lengths", new MosiPickles.IntList(List.of(6, 2, 7, 4, 5)));
        assertThatThrownBy(() -> MmsaMosiLoader.load(write(longLength), MosiTask.CLASSIFICATION, true))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("valid: 'vision_lengths'[2] = 7 is beyond the sequence length (expected 0..6)");
        MosiPickles badClass = aligned(2, "numpy.core", false)
                .put("test", "classification_labels", doubles(new double[] {1, 1, 3, 0, 2}, 5));
        assertThatThrownBy(() -> MmsaMosiLoader.load(write(badClass), MosiTask.CLASSIFICATION, true))
                .hasMessageContaining("'classification_labels'[2] = 3.0");
    }

    @Test
    void refusesAPickleWithForeignClasses() throws Exception {
        Path file = dir.resolve("evil.pkl");
        Files.write(file, new PickleBytes().proto(4).global("subprocess", "Popen").mark().str("ls").tuple().reduce()
                .stop().toByteArray());
        assertThatThrownBy(() -> MmsaMosiLoader.load(file, MosiTask.CLASSIFICATION, true))
                .isInstanceOf(DataException.class).hasMessageContaining("evil.pkl")
                .hasMessageContaining("subprocess.Popen");
    }

    private Path write(MosiPickles pickle) {
        try {
            Path file = Files.createTempFile(dir, "aligned_50", ".pkl");
            Files.write(file, pickle.toBytes());
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** 0, step, 2·step, … */
    static double[] ramp(int n, double step) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i * step;
        }
        return v;
    }
}
