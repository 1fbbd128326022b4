package io.latefusion.data.format;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every reader of {@code data/format} on damaged copies of a small valid file keeps the
 * {@link MutatedReads} contract: a {@link io.latefusion.data.DataException} or a read, in bounded time
 * and memory.
 */
class ReaderMutationProperties {

    private static final int TRIES = 200;

    private static final byte[] NPY = npy();
    private static final byte[] PICKLE = pickle(2);
    private static final byte[] PICKLE_4 = pickle(4);
    private static final byte[] TORCH = torch();
    private static final byte[] HDF5 = hdf5(DatasetCreationOptions.DEFAULT);
    private static final byte[] HDF5_CHUNKED = hdf5(DatasetCreationOptions.builder().chunkDimensions(8, 8).deflate(4)
            .build());

    private static byte[] npy() {
        return fixture("a.npy", file -> NpyWriter.write(file, NumpyArray.ofFloats(new float[24 * 16], 24, 16)));
    }

    /** {@code {'x': float32 (4, 3), 'n': [1, 2], 's': 'text'}} in {@code protocol}. */
    private static byte[] pickle(int protocol) {
        return new PickleBytes().proto(protocol).emptyDict().mark()
                .str("x").ndarray("numpy.core", "f4", "<", new long[] {4, 3}, false, new byte[48])
                .str("n").emptyList().mark().integer(1).integer(2).appends()
                .str("s").str("text")
                .setItems().stop().toByteArray();
    }

    private static byte[] torch() {
        float[] storage = new float[32 * 6];
        return fixture("t.pt", file -> TorchFixtures.writeArchive(file,
                TorchFixtures.tensorPickle("FloatStorage", "0", storage.length, 0, new long[] {32, 6}, new long[] {6, 1}),
                Map.of("0", PickleBytes.floatsLE(storage))));
    }

    /** A 40 × 8 float dataset stored as {@code options} say, and int genres with their names. */
    private static byte[] hdf5(DatasetCreationOptions options) {
        return fixture("m.hdf5", file -> {
            try (WritableHdfFile out = HdfFile.write(file)) {
                float[][] features = new float[40][8];
                for (int r = 0; r < 40; r++) {
                    features[r][r % 8] = r;
                }
                out.putDataset("features", features, options);
                WritableDataset genres = out.putDataset("genres", new int[][] {{0, 1}, {1, 1}, {1, 0}});
                genres.putAttribute("target_names", new String[] {"Drama", "Comedy"});
            }
        });
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private static byte[] fixture(String name, Writer writer) {
        try {
            Path dir = Files.createTempDirectory("fixture");
            Path file = dir.resolve(name);
            writer.write(file);
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            Files.delete(dir);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> npyFiles() {
        return MutatedReads.of(NPY, 128);
    }

    @Provide
    Arbitrary<byte[]> pickles() {
        return MutatedReads.of(PICKLE, PICKLE.length);
    }

    @Provide
    Arbitrary<byte[]> protocol4Pickles() {
        return MutatedReads.of(PICKLE_4, PICKLE_4.length);
    }

    @Provide
    Arbitrary<byte[]> torchFiles() {
        return MutatedReads.of(TORCH, TORCH.length);
    }

    @Provide
    Arbitrary<byte[]> hdf5Files() {
        return MutatedReads.of(HDF5, 2048);
    }

    @Property(tries = TRIES, seed = MutatedReads.SEED)
    void npyReader(@ForAll("npyFiles") byte[] bytes) {
        MutatedReads.assertEndsWell(bytes, "a.npy", NpyReader::read);
    }

    @Property(tries = TRIES, seed = MutatedReads.SEED)
    void pickleReader(@ForAll("pickles") byte[] bytes) {
        MutatedReads.assertEndsWell(bytes, "p.pkl", PickleReader::read);
    }

    @Property(tries = TRIES, seed = MutatedReads.SEED)
    void pickleReaderProtocol4(@ForAll("protocol4Pickles") byte[] bytes) {
        MutatedReads.assertEndsWell(bytes, "p.pkl", PickleReader::read);
    }

    @Property(tries = TRIES, seed = MutatedReads.SEED)
    void torchArchiveReader(@ForAll("torchFiles") byte[] bytes) {
        MutatedReads.assertEndsWell(bytes, "t.pt", TorchArchiveReader::read);
    }

    @Provide
    Arbitrary<byte[]> chunkedHdf5Files() {
        return MutatedReads.of(HDF5_CHUNKED, 4096);
    }

    @Property(tries = TRIES, seed = MutatedReads.SEED)
    void hdf5ReaderOnChunkedCompressedData(@ForAll("chunkedHdf5Files") byte[] bytes) {
        MutatedReads.assertEndsWell(bytes, "m.hdf5", ReaderMutationProperties::readHdf5);
    }

    @Property(tries = TRIES, seed = MutatedReads.SEED)
    void hdf5Reader(@ForAll("hdf5Files") byte[] bytes) {
        MutatedReads.assertEndsWell(bytes, "m.hdf5", ReaderMutationProperties::readHdf5);
    }

    @Provide
    Arbitrary<byte[]> truncatedNpyFiles() {
        return MutatedReads.truncations(NPY);
    }

    @Provide
    Arbitrary<byte[]> truncatedPickles() {
        return Arbitraries.oneOf(MutatedReads.truncations(PICKLE), MutatedReads.truncations(PICKLE_4));
    }

    @Provide
    Arbitrary<byte[]> truncatedTorchFiles() {
        return MutatedReads.truncations(TORCH);
    }

    @Property(tries = TRIES, seed = MutatedReads.SEED)
    void everyTruncatedNpyFileIsRefused(@ForAll("truncatedNpyFiles") byte[] bytes) {
        MutatedReads.assertRefused(bytes, "a.npy", NpyReader::read);
    }

    @Property(tries = TRIES, seed = MutatedReads.SEED)
    void everyTruncatedPickleIsRefused(@ForAll("truncatedPickles") byte[] bytes) {
        MutatedReads.assertRefused(bytes, "p.pkl", PickleReader::read);
    }

    @Property(tries = TRIES, seed = MutatedReads.SEED)
    void everyTruncatedTorchArchiveIsRefused(@ForAll("truncatedTorchFiles") byte[] bytes) {
        MutatedReads.assertRefused(bytes, "t.pt", TorchArchiveReader::read);
    }

    /** What the MM-IMDb loaders do with a file: every dataset's type and values, the genre names. */
    private static void readHdf5(Path file) {
        try (Hdf5Reader reader = Hdf5Reader.open(file)) {
            for (String key : List.of("features", "genres")) {
                if (reader.has(key)) {
                    reader.isIntegral(key);
                    reader.readAll(key);
                }
            }
            if (reader.has("genres")) {
                reader.stringAttribute("genres", "target_names");
            }
        }
    }
}
