package io.latefusion.data.mmimdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.DataException;
import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThesisMmimdbLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheThreeSplitFiles() {
        for (Split split : Split.values()) {
            MmimdbFiles.Spec spec = new MmimdbFiles.Spec();
            spec.rows = 3 + split.ordinal();
            spec.withNames = split != Split.TRAIN;
            MmimdbFiles.write(dir.resolve(ThesisMmimdbLoader.fileName(split)), spec);
        }
        assertThatThrownBy(() -> ThesisMmimdbLoader.load(dir, ImageOptions.features()))
                .isInstanceOf(DataException.class).hasMessageContaining("val.hdf5").hasMessageContaining("differ");
        MmimdbFiles.Spec named = new MmimdbFiles.Spec();
        named.rows = 3;
        MmimdbFiles.write(dir.resolve("train.hdf5"), named);
        MultimodalDataset data = ThesisMmimdbLoader.load(dir, ImageOptions.features());
        assertThat(data.split(Split.TRAIN).size()).isEqualTo(3);
        assertThat(data.split(Split.TEST).size()).isEqualTo(5);
        assertThat(Fixtures.values(data.split(Split.TEST).input(Modality.TEXT))[300 * 4]).isEqualTo(MmimdbFiles.text(4, 0));
        assertThat(data.classNames().get(22)).isEqualTo("genre22");
    }

    @Test
    void namesTheMissingSplitFile() throws Exception {
        MmimdbFiles.write(dir.resolve("train.hdf5"), new MmimdbFiles.Spec());
        Files.createDirectories(dir);
        assertThatThrownBy(() -> ThesisMmimdbLoader.load(dir, ImageOptions.features()))
                .isInstanceOf(DataException.class).hasMessageContaining("val.hdf5").hasMessageContaining("does not exist");
    }
}
