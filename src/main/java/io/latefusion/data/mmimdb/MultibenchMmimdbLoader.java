package io.latefusion.data.mmimdb;

import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import io.latefusion.data.TaskType;
import io.latefusion.data.format.Hdf5Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Loads MM-IMDb in MultiBench's layout: one {@code multimodal_imdb.hdf5} (Arevalo et al.), cut into
 * splits by {@link SplitRanges}. {@code path} names the file or the folder holding it.
 */
public final class MultibenchMmimdbLoader {

    /** The file name MultiBench and Arevalo et al. publish. */
    public static final String FILE_NAME = "multimodal_imdb.hdf5";

    private MultibenchMmimdbLoader() {
    }

    /** The data set in {@code path} (the file, or its folder), split as {@code ranges} says. */
    public static MultimodalDataset load(Path path, SplitRanges ranges, ImageOptions image) {
        Path file = Files.isDirectory(path) ? path.resolve(FILE_NAME) : path;
        try (Hdf5Reader reader = Hdf5Reader.open(file)) {
            MmimdbFile mmimdb = new MmimdbFile(reader, image);
            Map<Split, long[]> rows = ranges.resolve(mmimdb.rows(), file);
            Map<Split, SplitData> splits = new EnumMap<>(Split.class);
            rows.forEach((split, r) -> splits.put(split, mmimdb.read(r[0], r[1])));
            return new MultimodalDataset("mmimdb", ModalitySet.of(Modality.IMAGE, Modality.TEXT), TaskType.MULTI_LABEL,
                    Genres.COUNT, splits, mmimdb.genreNames());
        }
    }
}
