package io.latefusion.data.avmnist;

import io.latefusion.data.format.PickleBytes;
import io.latefusion.data.format.TorchFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** Writes tiny study-layout AVMNIST folders: sample files as torch.save writes them, and the CSVs. */
final class ThesisFixtures {

    private ThesisFixtures() {
    }

    /** An image file: a pickled list of 28 uint8 rows, row r filled with {@code pixel(r)}. */
    static Path image(Path file, int firstPixel) throws IOException {
        PickleBytes p = new PickleBytes().proto(2).emptyList().mark();
        for (int r = 0; r < 28; r++) {
            byte[] row = new byte[28];
            Arrays.fill(row, (byte) (firstPixel + r));
            p.ndarray("numpy.core", "u1", "|", new long[] {28}, false, row);
        }
        Files.createDirectories(file.getParent());
        return TorchFixtures.writeArchive(file, p.appends().stop().toByteArray(), Map.of());
    }

    /** A spectrogram file: a float tensor of {@code size} (stored transposed, like the study's) filled with {@code power}. */
    static Path spectrogram(Path file, float power, long... size) throws IOException {
        int n = (int) (size[0] * size[1]);
        float[] storage = new float[n];
        Arrays.fill(storage, power);
        Files.createDirectories(file.getParent());
        return TorchFixtures.writeArchive(file,
                TorchFixtures.tensorPickle("FloatStorage", "0", n, 0, size, new long[] {1, size[0]}),
                Map.of("0", PickleBytes.floatsLE(storage)));
    }

    /**
     * A complete folder: train = (power 1, pixels from 0, digit 3) and (power e², pixels from 100,
     * digit 7); validation = (e², 200, 1); test = (1, 50, 0).
     */
    static Path folder(Path dir) throws IOException {
        float e2 = (float) Math.exp(2);
        spectrogram(dir.resolve("spectrograms/a.pt"), 1f, 32, 94);
        spectrogram(dir.resolve("spectrograms/b.pt"), e2, 32, 94);
        image(dir.resolve("images/0.pt"), 0);
        image(dir.resolve("images/100.pt"), 100);
        image(dir.resolve("images/200.pt"), 200);
        image(dir.resolve("images/50.pt"), 50);
        csv(dir.resolve("train_subset.csv"), "audio,image,label",
                "spectrograms/a.pt,images/0.pt,3", "spectrograms/b.pt,images/100.pt,7");
        csv(dir.resolve("validation_subset.csv"), "audio,image,label", "spectrograms/b.pt,images/200.pt,1");
        csv(dir.resolve("test_subset.csv"), "audio,image,label", "spectrograms/a.pt,images/50.pt,0");
        return dir;
    }

    static void csv(Path file, String... lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n");
    }
}
