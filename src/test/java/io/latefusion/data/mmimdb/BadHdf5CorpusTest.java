package io.latefusion.data.mmimdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.cli.CliRun;
import io.latefusion.testing.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad-HDF5 corpus (MultiBench MM-IMDb) through the real command line: exit 2, one line, no result folder. */
class BadHdf5CorpusTest {

    @TempDir
    Path dir;

    private void assertRefused(Path file, String... fragments) throws Exception {
        CliRun.of("experiment", "configs/mmimdb-quick.yaml", "--out", dir.resolve("results").toString(),
                "--set", "data.layout=multibench", "--set", "data.path=" + file,
                "--set", "data.multibench.fractions=[0.5, 0.25, 0.25]").assertBadInput(fragments);
        assertThat(ResultFiles.folders(dir.resolve("results"))).isEmpty();
    }

    @Test
    void truncatedFile() throws Exception {
        Path file = MmimdbFiles.write(dir.resolve(MultibenchMmimdbLoader.FILE_NAME), new MmimdbFiles.Spec());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(file, MultibenchMmimdbLoader.FILE_NAME);
        Files.write(file, Arrays.copyOf(bytes, 100));
        assertRefused(file, MultibenchMmimdbLoader.FILE_NAME);
    }

    @Test
    void fileWithoutTheExpectedDataset() throws Exception {
        MmimdbFiles.Spec spec = new MmimdbFiles.Spec();
        spec.withImageFeatures = false;
        Path file = MmimdbFiles.write(dir.resolve(MultibenchMmimdbLoader.FILE_NAME), spec);
        assertRefused(file, MultibenchMmimdbLoader.FILE_NAME, "no dataset 'vgg_features'");
    }

    @Test
    void genreLabelsOutOfRange() throws Exception {
        MmimdbFiles.Spec spec = new MmimdbFiles.Spec();
        spec.badLabelRow = 3;
        Path file = MmimdbFiles.write(dir.resolve(MultibenchMmimdbLoader.FILE_NAME), spec);
        assertRefused(file, MultibenchMmimdbLoader.FILE_NAME, "genres");
    }
}
