package io.latefusion.data.avmnist;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.cli.CliRun;
import io.latefusion.testing.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad-data corpus of the study's AVMNIST layout (CSV splits of {@code .pt} files) through the real command line. */
class BadThesisCorpusTest {

    @TempDir
    Path dir;

    private void assertRefused(Path folder, String... fragments) throws Exception {
        CliRun.of(CliRun.experiment(dir.resolve("results"), "configs/avmnist-quick.yaml",
                "--set", "data.layout=thesis", "--set", "data.path=" + folder)).assertBadInput(fragments);
        assertThat(ResultFiles.folders(dir.resolve("results"))).isEmpty();
    }

    @Test
    void missingFolder() throws Exception {
        assertRefused(dir.resolve("absent"), "absent is not a folder", "expected one holding train_subset.csv");
    }

    @Test
    void missingFileNamedInACsvSplit() throws Exception {
        Path folder = ThesisFixtures.folder(dir.resolve("avmnist"));
        Files.delete(folder.resolve("images/200.pt"));
        assertRefused(folder, "images/200.pt does not exist", "(listed in ", "validation_subset.csv line 2)");
    }

    @Test
    void truncatedOrNonZipPtFile() throws Exception {
        Path folder = ThesisFixtures.folder(dir.resolve("avmnist"));
        Path spectrogram = folder.resolve("spectrograms/b.pt");
        byte[] bytes = Files.readAllBytes(spectrogram);
        Files.write(spectrogram, Arrays.copyOf(bytes, bytes.length - 40));
        assertRefused(folder, "spectrograms/b.pt", "listed in ", "train_subset.csv line 3");
        Files.writeString(spectrogram, "not a zip archive at all");
        assertRefused(folder, "spectrograms/b.pt is not a zip archive", "expected a PyTorch .pt file");
    }

    @Test
    void truncatedRealSampleFile() throws Exception {
        Path sample = Path.of("../shared/data/avmnist-thesis-sample");
        Assumptions.assumeTrue(Files.isDirectory(sample), "no ../shared sample here");
        Path folder = ThesisFixtures.folder(dir.resolve("avmnist"));
        try (var files = Files.list(sample.resolve("images"))) {
            byte[] real = Files.readAllBytes(files.filter(p -> p.toString().endsWith(".pt")).findFirst().orElseThrow());
            Files.write(folder.resolve("images/50.pt"), Arrays.copyOf(real, real.length / 2));
        }
        assertRefused(folder, "images/50.pt", "listed in ", "test_subset.csv line 2");
    }

    @Test
    void labelOutOfRange() throws Exception {
        Path folder = ThesisFixtures.folder(dir.resolve("avmnist"));
        ThesisFixtures.csv(folder.resolve("test_subset.csv"), "audio,image,label", "spectrograms/a.pt,images/50.pt,12");
        assertRefused(folder, "test_subset.csv line 2 has the label '12'", "expected an integer 0..9");
    }

    @Test
    void emptySplit() throws Exception {
        Path folder = ThesisFixtures.folder(dir.resolve("avmnist"));
        ThesisFixtures.csv(folder.resolve("validation_subset.csv"), "audio,image,label");
        assertRefused(folder, "avmnist: validation split has no samples", "expected at least one");
    }
}
