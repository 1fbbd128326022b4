package io.latefusion.data.avmnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import io.latefusion.data.TaskType;
import io.latefusion.testing.Fixtures;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyntheticAvmnistTest {

    private static final SyntheticAvmnistOptions SMALL = new SyntheticAvmnistOptions(53, 20, 17, 32, 0.9, 0.6, 0.3);

    @Test
    void describesItself() {
        MultimodalDataset ds = SyntheticAvmnist.generate(SMALL, 1);
        assertThat(ds.name()).isEqualTo("avmnist");
        assertThat(ds.modalities()).isEqualTo(ModalitySet.parse("AI"));
        assertThat(ds.task()).isEqualTo(TaskType.SINGLE_LABEL);
        assertThat(ds.numClasses()).isEqualTo(10);
    }

    @Test
    void sizesAndShapesAreAsConfigured() {
        MultimodalDataset ds = SyntheticAvmnist.generate(SMALL, 1);
        assertThat(ds.split(Split.TRAIN).size()).isEqualTo(53);
        assertThat(ds.split(Split.VALIDATION).size()).isEqualTo(20);
        assertThat(ds.split(Split.TEST).size()).isEqualTo(17);
        assertThat(ds.sampleShape(Modality.IMAGE)).containsExactly(1, 28, 28);
        assertThat(ds.sampleShape(Modality.AUDIO)).containsExactly(1, 32, 32);
        MultimodalDataset tiny = SyntheticAvmnist.generate(new SyntheticAvmnistOptions(1, 1, 1, 16, 1, 1, 0), 1);
        assertThat(tiny.sampleShape(Modality.AUDIO)).containsExactly(1, 16, 16);
    }

    @Test
    void audioFramesMakesANonSquareSpectrogramAndFramesEqualToTheSizeIsTheSquareDefault() {
        MultimodalDataset study = SyntheticAvmnist.generate(new SyntheticAvmnistOptions(12, 2, 2, 32, 0.9, 0.6, 0.3, 94), 1);
        assertThat(study.sampleShape(Modality.AUDIO)).containsExactly(1, 32, 94);
        float[] values = Fixtures.values(study.split(Split.TRAIN).input(Modality.AUDIO));
        assertThat(values).hasSize(12 * 32 * 94);
        double mean = IntStream.range(0, 32 * 94).mapToDouble(i -> values[i]).average().orElseThrow();
        assertThat(mean).isCloseTo(0, within(1e-3)); // each spectrogram is standardised over all its bins and frames

        MultimodalDataset square = SyntheticAvmnist.generate(new SyntheticAvmnistOptions(53, 20, 17, 32, 0.9, 0.6, 0.3, 32), 1);
        assertThat(square.fingerprint()).isEqualTo(SyntheticAvmnist.generate(SMALL, 1).fingerprint());
    }

    @Test
    void sameSeedGivesTheSameDataAndFingerprint() {
        MultimodalDataset a = SyntheticAvmnist.generate(SMALL, 7);
        MultimodalDataset b = SyntheticAvmnist.generate(SMALL, 7);
        for (Split s : Split.values()) {
            for (Modality m : a.modalities().modalities()) {
                assertThat(Fixtures.values(b.split(s).input(m))).isEqualTo(Fixtures.values(a.split(s).input(m)));
            }
            assertThat(b.split(s).labels().values()).isEqualTo(a.split(s).labels().values());
        }
        assertThat(b.fingerprint()).isEqualTo(a.fingerprint());
    }

    @Test
    void differentSeedGivesDifferentData() {
        MultimodalDataset a = SyntheticAvmnist.generate(SMALL, 7);
        MultimodalDataset b = SyntheticAvmnist.generate(SMALL, 8);
        assertThat(b.fingerprint()).isNotEqualTo(a.fingerprint());
        for (Modality m : a.modalities().modalities()) {
            assertThat(Fixtures.values(b.split(Split.TRAIN).input(m))).isNotEqualTo(Fixtures.values(a.split(Split.TRAIN).input(m)));
        }
    }

    @Test
    void changingOneSplitsSizeLeavesTheOthersAlone() {
        MultimodalDataset a = SyntheticAvmnist.generate(SMALL, 7);
        MultimodalDataset b = SyntheticAvmnist.generate(new SyntheticAvmnistOptions(53, 20, 90, 32, 0.9, 0.6, 0.3), 7);
        for (Split s : new Split[] {Split.TRAIN, Split.VALIDATION}) {
            for (Modality m : a.modalities().modalities()) {
                assertThat(Fixtures.values(b.split(s).input(m))).isEqualTo(Fixtures.values(a.split(s).input(m)));
            }
            assertThat(b.split(s).labels().values()).isEqualTo(a.split(s).labels().values());
        }
    }

    @Test
    void labelsAreBalancedAndShuffled() {
        MultimodalDataset ds = SyntheticAvmnist.generate(SMALL, 3);
        for (Split s : Split.values()) {
            int[] labels = ds.split(s).labels().classes();
            int[] counts = new int[10];
            for (int label : labels) {
                counts[label]++;
            }
            int base = labels.length / 10;
            for (int c : counts) {
                assertThat(c).isBetween(base, base + 1);
            }
        }
        int[] train = ds.split(Split.TRAIN).labels().classes();
        assertThat(train).isNotEqualTo(IntStream.range(0, train.length).map(i -> i % 10).toArray());
    }

    @Test
    void imagesAreInUnitRangeAndSpectrogramsStandardised() {
        SplitData train = SyntheticAvmnist.generate(SMALL, 5).split(Split.TRAIN);
        for (float v : Fixtures.values(train.input(Modality.IMAGE))) {
            assertThat(v).isBetween(0f, 1f);
        }
        ModalityData audio = train.input(Modality.AUDIO);
        float[] sample = new float[audio.sampleSize()];
        for (int i = 0; i < audio.count(); i++) {
            audio.copySample(i, sample, 0);
            double sum = 0;
            double sumSquares = 0;
            for (float v : sample) {
                assertThat(Float.isFinite(v)).isTrue();
                sum += v;
                sumSquares += v * v;
            }
            double mean = sum / sample.length;
            assertThat(mean).isCloseTo(0, within(1e-4));
            assertThat(sumSquares / sample.length - mean * mean).isCloseTo(1, within(1e-3));
        }
    }

    @Test
    void noiseFreeSamplesAreFiniteToo() {
        SplitData train = SyntheticAvmnist.generate(new SyntheticAvmnistOptions(20, 1, 1, 16, 1, 1, 0), 5)
                .split(Split.TRAIN);
        for (Modality m : new Modality[] {Modality.AUDIO, Modality.IMAGE}) {
            for (float v : Fixtures.values(train.input(m))) {
                assertThat(Float.isFinite(v)).isTrue();
            }
        }
    }
}
