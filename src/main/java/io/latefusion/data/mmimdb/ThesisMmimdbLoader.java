package io.latefusion.data.mmimdb;

import io.latefusion.data.DataException;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import io.latefusion.data.TaskType;
import io.latefusion.data.format.Hdf5Reader;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Loads MM-IMDb in the study's layout: a folder holding {@code train.hdf5}, {@code val.hdf5} and
 * {@code test.hdf5}, each with the keys of {@code multimodal_imdb.hdf5}. The genre names of every
 * file that has them must agree.
 */
public final class ThesisMmimdbLoader {

    private ThesisMmimdbLoader() {
    }

    /** The file name of a split. */
    static String fileName(Split split) {
        return switch (split) {
            case TRAIN -> "train.hdf5";
            case VALIDATION -> "val.hdf5";
            case TEST -> "test.hdf5";
        };
    }

    /** The data set in {@code folder}. */
    public static MultimodalDataset load(Path folder, ImageOptions image) {
        Map<Split, SplitData> splits = new EnumMap<>(Split.class);
        List<String> names = null;
        for (Split split : Split.values()) {
            Path file = folder.resolve(fileName(split));
            try (Hdf5Reader reader = Hdf5Reader.open(file)) {
                MmimdbFile mmimdb = new MmimdbFile(reader, image);
                List<String> fileNames = mmimdb.genreNames();
                if (names != null && !names.equals(fileNames)) {
                    throw new DataException(file + ": genre names " + fileNames + " differ from those of "
                            + folder.resolve(fileName(Split.TRAIN)) + " " + names);
                }
                names = fileNames;
                splits.put(split, mmimdb.read(0, mmimdb.rows()));
            }
        }
        return new MultimodalDataset("mmimdb", ModalitySet.of(Modality.IMAGE, Modality.TEXT), TaskType.MULTI_LABEL,
                Genres.COUNT, splits, names);
    }
}
