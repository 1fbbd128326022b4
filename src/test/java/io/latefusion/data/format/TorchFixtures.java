package io.latefusion.data.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes {@code .pt} zip archives laid out the way {@code torch.save} lays them out, for tests. */
public final class TorchFixtures {

    private TorchFixtures() {
    }

    /** {@code <stem>/data.pkl}, {@code <stem>/byteorder} and one {@code <stem>/data/<key>} per storage. */
    public static Path writeArchive(Path file, byte[] pickle, Map<String, byte[]> storages) throws IOException {
        String stem = file.getFileName().toString().replaceFirst("\\.pt$", "");
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            put(zip, stem + "/data.pkl", pickle);
            put(zip, stem + "/byteorder", "little".getBytes(StandardCharsets.US_ASCII));
            for (Map.Entry<String, byte[]> e : storages.entrySet()) {
                put(zip, stem + "/data/" + e.getKey(), e.getValue());
            }
        }
        return file;
    }

    /**
     * The pickle of one tensor: {@code _rebuild_tensor_v2} over the persistent id
     * {@code ('storage', torch.<storageType>, key, 'cpu', numel)}.
     */
    public static byte[] tensorPickle(String storageType, String key, int numel, int offset, long[] size,
                                      long[] stride) {
        return new PickleBytes().proto(2).global("torch._utils", "_rebuild_tensor_v2").mark()
                .mark().str("storage").global("torch", storageType).str(key).str("cpu").integer(numel).tuple()
                .binPersId()
                .integer(offset).intTuple(size).intTuple(stride).bool(false)
                .global("collections", "OrderedDict").mark().tuple().reduce()
                .tuple().reduce().stop().toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
