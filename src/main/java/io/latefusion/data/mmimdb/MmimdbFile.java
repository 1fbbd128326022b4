package io.latefusion.data.mmimdb;

import io.latefusion.data.DataException;
import io.latefusion.data.Labels;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.SplitData;
import io.latefusion.data.TaskType;
import io.latefusion.data.format.Hdf5Reader;
import io.latefusion.data.format.MappedArray;
import io.latefusion.data.format.MappedSamples;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One MM-IMDb HDF5 file (MultiBench's whole {@code multimodal_imdb.hdf5} or one of the study's
 * split files), checked on open: {@code features} (N, 300) text, {@code vgg_features} (N, 4096) or
 * {@code images} (N, 3, H, W) image, {@code genres} (N, 23) multi-hot with attribute
 * {@code target_names}, the same N throughout. Rows are read on demand, a block at a time; feature
 * datasets stored contiguously are memory-mapped instead, so batches copy their rows from the file.
 */
final class MmimdbFile {

    static final String TEXT = "features";
    static final String GENRES = "genres";
    static final String TARGET_NAMES = "target_names";
    static final int TEXT_SIZE = 300;
    static final int IMAGE_FEATURES = 4096;

    private final Hdf5Reader reader;
    private final ImageOptions image;
    private final long rows;
    private final long[] imageShape;

    MmimdbFile(Hdf5Reader reader, ImageOptions image) {
        this.reader = reader;
        this.image = image;
        long[] text = reader.requireShape(TEXT, -1, TEXT_SIZE);
        long[] genres = reader.requireShape(GENRES, -1, Genres.COUNT);
        this.imageShape = image.source() == ImageSource.IMAGES
                ? reader.requireShape(ImageSource.IMAGES.key(), -1, 3, -1, -1)
                : reader.requireShape(ImageSource.VGG_FEATURES.key(), -1, IMAGE_FEATURES);
        this.rows = text[0];
        if (genres[0] != rows || imageShape[0] != rows) {
            throw new DataException(reader.file() + ": row counts differ: '" + TEXT + "' " + Arrays.toString(text)
                    + ", '" + GENRES + "' " + Arrays.toString(genres) + ", '" + image.source().key() + "' "
                    + Arrays.toString(imageShape) + " (expected the same N)");
        }
        if (image.source() == ImageSource.IMAGES && (imageShape[2] < image.pool() || imageShape[3] < image.pool())) {
            throw new DataException(reader.file() + ": '" + ImageSource.IMAGES.key() + "' " + Arrays.toString(imageShape)
                    + " is smaller than data.image.pool " + image.pool());
        }
    }

    long rows() {
        return rows;
    }

    /** The genre names of {@code target_names}, or MM-IMDb's when the file has none. */
    List<String> genreNames() {
        List<String> names = reader.stringAttribute(GENRES, TARGET_NAMES);
        if (names == null) {
            return Genres.NAMES;
        }
        if (names.size() != Genres.COUNT) {
            throw new DataException(reader.file() + ": attribute '" + TARGET_NAMES + "' of '" + GENRES + "' has "
                    + names.size() + " names, expected " + Genres.COUNT);
        }
        return names.stream().map(String::trim).toList();
    }

    /** Rows {@code [from, to)} as a split: text, image and multi-hot genres. */
    SplitData read(long from, long to) {
        int n = Math.toIntExact(to - from);
        Map<Modality, ModalityData> inputs = new EnumMap<>(Modality.class);
        inputs.put(Modality.TEXT, features(TEXT, from, to, TEXT_SIZE));
        inputs.put(Modality.IMAGE, image.source() == ImageSource.IMAGES ? posters(from, to)
                : features(ImageSource.VGG_FEATURES.key(), from, to, IMAGE_FEATURES));
        float[] genres = rows(GENRES, from, to, Genres.COUNT);
        for (int i = 0; i < genres.length; i++) {
            if (genres[i] != 0f && genres[i] != 1f) {
                throw new DataException(reader.file() + ": '" + GENRES + "' (shape (" + rows + ", " + Genres.COUNT
                        + ")) holds " + genres[i] + " at row " + (from + i / Genres.COUNT) + ", column "
                        + i % Genres.COUNT + " (expected 0 or 1)");
            }
        }
        return new SplitData(inputs, new Labels(TaskType.MULTI_LABEL, n, Genres.COUNT, genres));
    }

    /** Rows {@code [from, to)} of a feature dataset: mapped from the file when it allows, else read onto the heap. */
    private ModalityData features(String key, long from, long to, int width) {
        MappedArray mapped = reader.map(key);
        int n = Math.toIntExact(to - from);
        return mapped == null ? new ModalityData(new long[] {width}, n, rows(key, from, to, width))
                : new ModalityData(new long[] {width}, new MappedSamples(mapped, Math.toIntExact(from), n, 1f));
    }

    private float[] rows(String key, long from, long to, int width) {
        long count = (to - from) * width;
        if (count > Integer.MAX_VALUE - 8) {
            throw new DataException(reader.file() + ": rows " + from + ".." + to + " of '" + key + "' are too many for"
                    + " one array (" + count + " values)");
        }
        float[] out = new float[(int) count];
        reader.readRows(key, from, to, out, 0);
        return out;
    }

    /** Raw posters, average-pooled by {@code image.pool()} a block of rows at a time; integers scaled by 1/255. */
    private ModalityData posters(long from, long to) {
        int c = (int) imageShape[1];
        int h = (int) imageShape[2];
        int w = (int) imageShape[3];
        int pool = image.pool();
        int ph = h / pool;
        int pw = w / pool;
        int n = Math.toIntExact(to - from);
        long pooledCount = (long) n * c * ph * pw;
        if (pooledCount > Integer.MAX_VALUE - 8) {
            throw new DataException(reader.file() + ": " + n + " posters of " + c + "×" + ph + "×" + pw
                    + " do not fit one array; raise data.image.pool (now " + pool + ")");
        }
        float[] out = new float[(int) pooledCount];
        int block = Math.max(1, (1 << 22) / (c * h * w));
        float[] raw = new float[Math.min(block, n) * c * h * w];
        float scale = (reader.isIntegral(ImageSource.IMAGES.key()) ? 1 / 255f : 1f) / (pool * pool);
        for (int start = 0; start < n; start += block) {
            int rowsInBlock = Math.min(block, n - start);
            reader.readRows(ImageSource.IMAGES.key(), from + start, from + start + rowsInBlock, raw, 0);
            for (int r = 0; r < rowsInBlock; r++) {
                for (int ch = 0; ch < c; ch++) {
                    for (int y = 0; y < ph; y++) {
                        for (int x = 0; x < pw; x++) {
                            float sum = 0;
                            for (int dy = 0; dy < pool; dy++) {
                                int base = ((r * c + ch) * h + y * pool + dy) * w + x * pool;
                                for (int dx = 0; dx < pool; dx++) {
                                    sum += raw[base + dx];
                                }
                            }
                            out[(((start + r) * c + ch) * ph + y) * pw + x] = sum * scale;
                        }
                    }
                }
            }
        }
        return new ModalityData(new long[] {c, ph, pw}, n, out);
    }
}
