package io.latefusion.data.mmimdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.DataException;
import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import io.latefusion.data.TaskType;
import io.latefusion.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultibenchMmimdbLoaderTest {

    @TempDir
    Path dir;

    private static final SplitRanges RANGES = new SplitRanges(List.of(0L, 6L), List.of(6L, 8L), List.of(8L, 12L), null);

    private Path file(MmimdbFiles.Spec spec) {
        return MmimdbFiles.write(dir.resolve(MultibenchMmimdbLoader.FILE_NAME), spec);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void roundTripsContiguousAndChunkedGzipFiles(boolean chunked) {
        MmimdbFiles.Spec spec = new MmimdbFiles.Spec();
        spec.chunked = chunked;
        file(spec);
        MultimodalDataset data = MultibenchMmimdbLoader.load(dir, RANGES, ImageOptions.features());
        assertThat(data.task()).isEqualTo(TaskType.MULTI_LABEL);
        assertThat(data.modalities().name()).isEqualTo("IT");
        assertThat(data.classNames()).hasSize(23).startsWith("genre0", "genre1").endsWith("genre22");
        assertThat(data.sampleShape(Modality.TEXT)).containsExactly(300);
        assertThat(data.sampleShape(Modality.IMAGE)).containsExactly(4096);
        SplitData test = data.split(Split.TEST);
        assertThat(test.size()).isEqualTo(4);
        float[] text = Fixtures.values(test.input(Modality.TEXT));
        float[] image = Fixtures.values(test.input(Modality.IMAGE));
        for (int r = 0; r < 4; r++) {
            assertThat(text[r * 300 + 299]).isEqualTo(MmimdbFiles.text(8 + r, 299));
            assertThat(image[r * 4096 + 4095]).isEqualTo(MmimdbFiles.image(8 + r, 4095));
            for (int l = 0; l < 23; l++) {
                assertThat(test.labels().values()[r * 23 + l]).isEqualTo(MmimdbFiles.genre(8 + r, l) ? 1f : 0f);
            }
        }
        assertThat(data.split(Split.TRAIN).size()).isEqualTo(6);
        assertThat(Fixtures.values(data.split(Split.VALIDATION).input(Modality.TEXT))[0]).isEqualTo(MmimdbFiles.text(6, 0));
    }

    @Test
    void takesFractionsInOrderAndTheFileByName() {
        Path file = file(new MmimdbFiles.Spec());
        MultimodalDataset data = MultibenchMmimdbLoader.load(file,
                new SplitRanges(null, null, null, List.of(0.5, 0.25, 0.25)), ImageOptions.features());
        assertThat(data.split(Split.TRAIN).size()).isEqualTo(6);
        assertThat(data.split(Split.VALIDATION).size()).isEqualTo(3);
        assertThat(Fixtures.values(data.split(Split.TEST).input(Modality.TEXT))[0]).isEqualTo(MmimdbFiles.text(9, 0));
    }

    @Test
    void namesFileAndRowCountWhenMultiBenchsSplitDoesNotFit() {
        Path file = file(new MmimdbFiles.Spec());
        assertThatThrownBy(() -> MultibenchMmimdbLoader.load(file, SplitRanges.multibench(), ImageOptions.features()))
                .isInstanceOf(DataException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("has 12 rows").hasMessageContaining("25959");
        SplitRanges tooLong = new SplitRanges(List.of(0L, 6L), List.of(6L, 8L), List.of(8L, 20L), null);
        assertThatThrownBy(() -> MultibenchMmimdbLoader.load(file, tooLong, ImageOptions.features()))
                .isInstanceOf(DataException.class).hasMessageContaining("data.multibench.test")
                .hasMessageContaining("8..20");
    }

    @Test
    void refusesAMissingKey() {
        MmimdbFiles.Spec spec = new MmimdbFiles.Spec();
        spec.withImageFeatures = false;
        Path file = file(spec);
        assertThatThrownBy(() -> MultibenchMmimdbLoader.load(file, RANGES, ImageOptions.features()))
                .isInstanceOf(DataException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("no dataset 'vgg_features'");
    }

    @Test
    void refusesWrongShapesNamingKeyAndShape() {
        MmimdbFiles.Spec text = new MmimdbFiles.Spec();
        text.textWidth = 299;
        Path file = file(text);
        assertThatThrownBy(() -> MultibenchMmimdbLoader.load(file, RANGES, ImageOptions.features()))
                .isInstanceOf(DataException.class).hasMessageContaining("'features'")
                .hasMessageContaining("[12, 299]").hasMessageContaining("(N, 300)");
        MmimdbFiles.Spec genres = new MmimdbFiles.Spec();
        genres.genreWidth = 22;
        genres.withNames = false;
        file(genres);
        assertThatThrownBy(() -> MultibenchMmimdbLoader.load(file, RANGES, ImageOptions.features()))
                .isInstanceOf(DataException.class).hasMessageContaining("'genres'")
                .hasMessageContaining("[12, 22]").hasMessageContaining("(N, 23)");
    }

    @Test
    void refusesLabelsOutsideZeroAndOne() {
        MmimdbFiles.Spec spec = new MmimdbFiles.Spec();
        spec.badLabelRow = 9;
        Path file = file(spec);
        assertThatThrownBy(() -> MultibenchMmimdbLoader.load(file, RANGES, ImageOptions.features()))
                .isInstanceOf(DataException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("'genres'").hasMessageContaining("row 9").hasMessageContaining("expected 0 or 1");
    }

    @Test
    void refusesAFileThatIsNotHdf5() throws Exception {
        Path file = dir.resolve(MultibenchMmimdbLoader.FILE_NAME);
        Files.write(file, new byte[4096]);
        assertThatThrownBy(() -> MultibenchMmimdbLoader.load(dir, RANGES, ImageOptions.features()))
                .isInstanceOf(DataException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("not a readable HDF5 file");
    }

    @Test
    void poolsRawPostersAndScalesBytes() {
        MmimdbFiles.Spec spec = new MmimdbFiles.Spec();
        spec.withImageFeatures = false;
        spec.posterShape = new int[] {3, 8, 6};
        file(spec);
        MultimodalDataset data = MultibenchMmimdbLoader.load(dir, RANGES, new ImageOptions(ImageSource.IMAGES, 2));
        assertThat(data.sampleShape(Modality.IMAGE)).containsExactly(3, 4, 3);
        float[] row0 = Fixtures.values(data.split(Split.TRAIN).input(Modality.IMAGE));
        // window rows 0-1, columns 0-1 of poster 0, channel 0: values 0, 1, 6, 7 → mean 3.5
        assertThat(row0[0]).isCloseTo(3.5f / 255f, org.assertj.core.api.Assertions.within(1e-7f));
        assertThat(row0[4 * 3]).isZero();
    }
}
