package io.latefusion.data.avmnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.latefusion.data.DataException;
import io.latefusion.data.IndexedSamples;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.TaskType;
import io.latefusion.data.format.NumpyArray;
import io.latefusion.data.format.TorchArchiveReader;
import io.latefusion.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThesisAvmnistLoaderTest {

    private static final Path SAMPLE = Path.of("../shared/data/avmnist-thesis-sample");

    @TempDir
    Path dir;

    @Test
    void loadsTheRealSampleStandardisedWithTrainingStatistics() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLE), "shared AVMNIST sample present");
        ThesisAvmnist loaded = ThesisAvmnistLoader.load(SAMPLE, ThesisAvmnistOptions.defaults());
        MultimodalDataset data = loaded.dataset();
        assertThat(data.name()).isEqualTo("avmnist");
        assertThat(data.modalities().name()).isEqualTo("AI");
        assertThat(data.task()).isEqualTo(TaskType.SINGLE_LABEL);
        assertThat(data.numClasses()).isEqualTo(10);
        assertThat(data.split(Split.TRAIN).size()).isEqualTo(600);
        assertThat(data.split(Split.VALIDATION).size()).isEqualTo(200);
        assertThat(data.split(Split.TEST).size()).isEqualTo(200);
        assertThat(data.sampleShape(Modality.AUDIO)).containsExactly(1, 32, 94);
        assertThat(data.sampleShape(Modality.IMAGE)).containsExactly(1, 28, 28);

        double[] train = meanAndStd(Fixtures.values(data.split(Split.TRAIN).input(Modality.AUDIO)));
        assertThat(train[0]).isCloseTo(0, within(1e-4));
        assertThat(train[1]).isCloseTo(1, within(1e-4));
        for (Split held : List.of(Split.VALIDATION, Split.TEST)) {
            double[] stats = meanAndStd(Fixtures.values(data.split(held).input(Modality.AUDIO)));
            assertThat(Math.abs(stats[0]) + Math.abs(stats[1] - 1)).as("%s is not re-standardised", held)
                    .isGreaterThan(1e-3);
        }
        // numpy over the same 600 files: ln(power + 1e-10) has mean -0.96026 and std 13.67154.
        assertThat(loaded.audioStandardisation().mean()).isCloseTo(-0.96026, within(1e-4));
        assertThat(loaded.audioStandardisation().std()).isCloseTo(13.67154, within(1e-4));

        // Row 0 of train, recomputed from its files.
        List<String> row = List.of(Files.readAllLines(SAMPLE.resolve("train_subset.csv")).get(1).split(","));
        float[] power = ((NumpyArray) TorchArchiveReader.read(SAMPLE.resolve(row.get(0)))).toFloats();
        float[] audio = new float[power.length];
        data.split(Split.TRAIN).input(Modality.AUDIO).copySample(0, audio, 0);
        Standardisation s = loaded.audioStandardisation();
        for (int i = 0; i < power.length; i += 97) {
            assertThat((double) audio[i]).isCloseTo((Math.log(power[i] + 1e-10) - s.mean()) / s.std(), within(1e-5));
        }
        assertThat(data.split(Split.TRAIN).labels().classOf(0)).isEqualTo(Integer.parseInt(row.get(2)));
        float[] image = Fixtures.values(data.split(Split.TRAIN).input(Modality.IMAGE));
        for (float v : image) {
            assertThat(v).isBetween(0f, 1f);
        }
    }

    @Test
    void loadsAWrittenFolderWithEitherImageMapping() throws IOException {
        ThesisFixtures.folder(dir);
        ThesisAvmnist linear = ThesisAvmnistLoader.load(dir, ThesisAvmnistOptions.defaults());
        // log powers: train 0 and 2 (mean 1, std 1); validation 2 → 1, test 0 → -1.
        assertThat(linear.audioStandardisation().mean()).isCloseTo(1, within(1e-6));
        assertThat(linear.audioStandardisation().std()).isCloseTo(1, within(1e-6));
        assertThat(first(linear, Split.TRAIN, Modality.AUDIO, 1)).isCloseTo(1f, within(1e-5f));
        assertThat(first(linear, Split.VALIDATION, Modality.AUDIO, 0)).isCloseTo(1f, within(1e-5f));
        assertThat(first(linear, Split.TEST, Modality.AUDIO, 0)).isCloseTo(-1f, within(1e-5f));
        assertThat(linear.dataset().split(Split.TRAIN).labels().classes()).containsExactly(3, 7);
        assertThat(linear.dataset().split(Split.VALIDATION).labels().classes()).containsExactly(1);

        ModalityData images = linear.dataset().split(Split.TRAIN).input(Modality.IMAGE);
        assertThat(Fixtures.values(images)[28 * 5]).isEqualTo(5 / 255f); // sample 0, row 5
        assertThat(Fixtures.values(images)[784 + 28 * 27 + 3]).isEqualTo(127 / 255f); // sample 1, row 27
        ThesisAvmnist gist = ThesisAvmnistLoader.load(dir, new ThesisAvmnistOptions(ImageMapping.GIST_EARTH));
        assertThat(Fixtures.values(gist.dataset().split(Split.VALIDATION).input(Modality.IMAGE))[28 * 10])
                .isEqualTo(ImageMapping.GIST_EARTH.apply(210));
    }

    @Test
    void holdsASpectrogramThatManyRowsListOnce() throws IOException {
        ThesisFixtures.folder(dir);
        MultimodalDataset data = ThesisAvmnistLoader.load(dir, ThesisAvmnistOptions.defaults()).dataset();
        IndexedSamples train = (IndexedSamples) data.split(Split.TRAIN).input(Modality.AUDIO).samples();
        IndexedSamples validation = (IndexedSamples) data.split(Split.VALIDATION).input(Modality.AUDIO).samples();
        assertThat(validation.shared()).isSameAs(train.shared());
        assertThat(train.shared().count()).isEqualTo(2); // a.pt and b.pt, listed by four rows
        assertThat(Fixtures.values(data.split(Split.VALIDATION).input(Modality.AUDIO)))
                .containsExactly(Arrays.copyOfRange(Fixtures.values(data.split(Split.TRAIN).input(Modality.AUDIO)),
                        32 * 94, 2 * 32 * 94));
    }

    @Test
    void namesTheMissingFolderOrCsv() throws IOException {
        assertThatThrownBy(() -> ThesisAvmnistLoader.load(dir.resolve("nowhere"), ThesisAvmnistOptions.defaults()))
                .isInstanceOf(DataException.class).hasMessageContaining("nowhere");
        ThesisFixtures.folder(dir);
        Files.delete(dir.resolve("test_subset.csv"));
        assertThatThrownBy(() -> ThesisAvmnistLoader.load(dir, ThesisAvmnistOptions.defaults()))
                .isInstanceOf(DataException.class).hasMessageContaining("test_subset.csv")
                .hasMessageContaining("does not exist");
    }

    @Test
    void namesACsvWithoutTheLabelColumn() throws IOException {
        ThesisFixtures.folder(dir);
        ThesisFixtures.csv(dir.resolve("validation_subset.csv"), "audio,image,digit", "spectrograms/b.pt,images/200.pt,1");
        assertThatThrownBy(() -> ThesisAvmnistLoader.load(dir, ThesisAvmnistOptions.defaults()))
                .isInstanceOf(DataException.class).hasMessageContaining("validation_subset.csv")
                .hasMessageContaining("expected the columns audio,image,label");
    }

    @Test
    void namesALabelOutsideTheTenDigits() throws IOException {
        ThesisFixtures.folder(dir);
        ThesisFixtures.csv(dir.resolve("test_subset.csv"), "audio,image,label", "spectrograms/a.pt,images/50.pt,10");
        assertThatThrownBy(() -> ThesisAvmnistLoader.load(dir, ThesisAvmnistOptions.defaults()))
                .isInstanceOf(DataException.class).hasMessageContaining("test_subset.csv line 2")
                .hasMessageContaining("'10'").hasMessageContaining("0..9");
    }

    @Test
    void namesASampleFileThatIsNotATorchArchive() throws IOException {
        ThesisFixtures.folder(dir);
        Files.writeString(dir.resolve("images/100.pt"), "not a zip");
        assertThatThrownBy(() -> ThesisAvmnistLoader.load(dir, ThesisAvmnistOptions.defaults()))
                .isInstanceOf(DataException.class).hasMessageContaining("100.pt")
                .hasMessageContaining("not a zip archive").hasMessageContaining("train_subset.csv line 3");
    }

    @Test
    void namesAMissingSampleFile() throws IOException {
        ThesisFixtures.folder(dir);
        Files.delete(dir.resolve("images/50.pt"));
        assertThatThrownBy(() -> ThesisAvmnistLoader.load(dir, ThesisAvmnistOptions.defaults()))
                .isInstanceOf(DataException.class).hasMessageContaining("50.pt").hasMessageContaining("does not exist");
    }

    @Test
    void namesASpectrogramOfTheWrongShapeOrContent() throws IOException {
        ThesisFixtures.folder(dir);
        ThesisFixtures.spectrogram(dir.resolve("spectrograms/b.pt"), 1f, 94, 32);
        assertThatThrownBy(() -> ThesisAvmnistLoader.load(dir, ThesisAvmnistOptions.defaults()))
                .isInstanceOf(DataException.class).hasMessageContaining("b.pt")
                .hasMessageContaining("[94, 32]").hasMessageContaining("expected a float tensor of shape [32, 94]");
        ThesisFixtures.image(dir.resolve("spectrograms/b.pt"), 0);
        assertThatThrownBy(() -> ThesisAvmnistLoader.load(dir, ThesisAvmnistOptions.defaults()))
                .isInstanceOf(DataException.class).hasMessageContaining("b.pt").hasMessageContaining("a list of 28");
    }

    private static float first(ThesisAvmnist loaded, Split split, Modality m, int sample) {
        ModalityData d = loaded.dataset().split(split).input(m);
        return Fixtures.values(d)[sample * d.sampleSize()];
    }

    private static double[] meanAndStd(float[] values) {
        double sum = 0;
        double squares = 0;
        for (float v : values) {
            sum += v;
            squares += (double) v * v;
        }
        double mean = sum / values.length;
        return new double[] {mean, Math.sqrt(squares / values.length - mean * mean)};
    }
}
