package io.latefusion.data.format;

import io.latefusion.data.DataException;
import io.latefusion.data.format.TorchPickling.StorageType;
import io.latefusion.data.format.TorchPickling.TorchStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import net.razorvine.pickle.PickleException;

/**
 * Reads a PyTorch {@code .pt} file in the zip format of {@code torch.save} (PyTorch ≥ 1.6): a folder
 * holding {@code data.pkl} and one {@code data/<key>} entry per storage. The pickle is read with the
 * numpy adapter of {@link PickleReader}; a persistent id {@code ('storage', torch.FloatStorage, key,
 * location, numel)} loads {@code data/<key>}, and every tensor becomes a C-order {@link NumpyArray}.
 */
public final class TorchArchiveReader {

    private static final String PICKLE = "data.pkl";

    /** A torch pickle may name torch's own classes besides those of a data pickle. */
    private static final java.util.Set<String> TORCH_MODULES = union(PickleReader.DATA_MODULES, "torch");

    private TorchArchiveReader() {
    }

    private static java.util.Set<String> union(java.util.Set<String> base, String extra) {
        java.util.Set<String> all = new java.util.HashSet<>(base);
        all.add(extra);
        return java.util.Set.copyOf(all);
    }

    /** The object saved in {@code file}: tensors as {@link NumpyArray}, the rest as {@link PickleReader} maps it. */
    public static Object read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + " does not exist, expected a PyTorch .pt file");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry pickle = zip.stream()
                    .filter(e -> e.getName().equals(PICKLE) || e.getName().endsWith("/" + PICKLE))
                    .findFirst()
                    .orElseThrow(() -> new DataException(file + " has no " + PICKLE
                            + " entry, expected a PyTorch zip archive written by torch.save"));
            String prefix = pickle.getName().substring(0, pickle.getName().length() - PICKLE.length());
            Storages storages = new Storages(zip, prefix, byteOrder(zip, prefix), file);
            byte[] bytes;
            try (InputStream in = zip.getInputStream(pickle)) {
                bytes = in.readAllBytes(); // Pyrolite reads byte by byte: never from the zip directly
            }
            return PickleReader.load(new ByteArrayInputStream(bytes), bytes.length, file.toString(), storages::load,
                    TORCH_MODULES);
        } catch (ZipException e) {
            throw new DataException(file + " is not a zip archive (" + e.getMessage()
                    + "), expected a PyTorch .pt file written by torch.save");
        } catch (IOException e) {
            throw new DataException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The byte order recorded in the archive's {@code byteorder} entry, little-endian when absent. */
    private static ByteOrder byteOrder(ZipFile zip, String prefix) throws IOException {
        ZipEntry entry = zip.getEntry(prefix + "byteorder");
        if (entry == null) {
            return ByteOrder.LITTLE_ENDIAN;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            return text.equals("big") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        }
    }

    /** Loads the storages that persistent ids name, each once. */
    private static final class Storages {
        private final ZipFile zip;
        private final String prefix;
        private final ByteOrder order;
        private final Path file;
        private final Map<String, TorchStorage> cache = new HashMap<>();

        Storages(ZipFile zip, String prefix, ByteOrder order, Path file) {
            this.zip = zip;
            this.prefix = prefix;
            this.order = order;
            this.file = file;
        }

        Object load(Object pid) {
            if (!(pid instanceof Object[] id) || id.length < 5 || !"storage".equals(id[0])
                    || !(id[1] instanceof StorageType type) || !(id[4] instanceof Number numel)) {
                throw new PickleException("unsupported persistent id, expected ('storage', torch.<Type>Storage,"
                        + " key, location, numel)");
            }
            String key = String.valueOf(id[2]);
            return cache.computeIfAbsent(key, k -> read(k, type, numel.longValue()));
        }

        private TorchStorage read(String key, StorageType type, long numel) {
            String name = prefix + "data/" + key;
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new DataException(file + " has no storage entry " + name);
            }
            if (numel < 0 || numel > (Integer.MAX_VALUE - 8) / type.dtype().itemSize()) {
                throw new DataException(file + " storage " + name + " claims " + numel + " elements of torch."
                        + type.name() + ", expected 0.." + (Integer.MAX_VALUE - 8) / type.dtype().itemSize());
            }
            int needed = (int) numel * type.dtype().itemSize();
            byte[] bytes;
            try (InputStream in = zip.getInputStream(entry)) {
                bytes = in.readNBytes(needed); // no more: a damaged deflate stream may inflate far beyond it
            } catch (IOException e) {
                throw new DataException("Cannot read storage " + name + " of " + file + ": " + e.getMessage(), e);
            }
            if (bytes.length < needed) {
                throw new DataException(file + " storage " + name + " has " + bytes.length + " bytes, expected "
                        + needed + " for " + numel + " elements of torch." + type.name());
            }
            return new TorchStorage(type.dtype(), ByteBuffer.wrap(bytes).order(order), numel);
        }
    }
}
