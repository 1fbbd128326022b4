package io.latefusion.data.avmnist;

import io.latefusion.data.DataException;
import io.latefusion.data.HeapAllocation;
import io.latefusion.data.Labels;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import io.latefusion.data.TaskType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Loads AVMNIST in the study's layout: {@code {train,validation,test}_subset.csv} (columns
 * {@code audio,image,label}) listing one image and one spectrogram {@code .pt} file per sample.
 * Images become [1, 28, 28] through an {@link ImageMapping}; spectrograms become [1, 32, 94] as
 * ln(power + 1e-10), standardised with one mean and std measured on the training split only.
 * Files are read in parallel; rows keep the CSV order. Each distinct spectrogram is held once however
 * many rows list it, and images as their raw pixels, mapped as a batch is made: the study's 70,000
 * rows take about 380 MB of heap.
 */
public final class ThesisAvmnistLoader {

    /** The data set's name in configs and results. */
    public static final String NAME = "avmnist";
    public static final int NUM_CLASSES = 10;
    private static final long[] IMAGE_SHAPE = {1, ThesisSampleFiles.SIDE, ThesisSampleFiles.SIDE};
    private static final long[] AUDIO_SHAPE = {1, ThesisSampleFiles.MEL_BANDS, ThesisSampleFiles.FRAMES};
    private static final int IMAGE_SIZE = ThesisSampleFiles.SIDE * ThesisSampleFiles.SIDE;

    private ThesisAvmnistLoader() {
    }

    /** The data set in {@code folder}, with the audio standardisation its training split gave. */
    public static ThesisAvmnist load(Path folder, ThesisAvmnistOptions options) {
        if (!Files.isDirectory(folder)) {
            throw new DataException(folder + " is not a folder, expected one holding "
                    + "train_subset.csv, validation_subset.csv and test_subset.csv");
        }
        Map<Split, List<SubsetCsv.Row>> rows = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            rows.put(split, SubsetCsv.read(csv(folder, split), NUM_CLASSES));
        }
        if (rows.get(Split.TRAIN).isEmpty()) {
            throw new DataException(csv(folder, Split.TRAIN) + " lists no samples, expected at least one");
        }
        Spectrograms spectrograms = Spectrograms.read(rows);
        Standardisation standardisation;
        try {
            standardisation = Standardisation.of(spectrograms.of(Split.TRAIN, AUDIO_SHAPE));
        } catch (IllegalArgumentException e) {
            throw new DataException("Cannot standardise the audio listed in " + csv(folder, Split.TRAIN) + ": "
                    + e.getMessage());
        }
        spectrograms.standardise(standardisation);
        Map<Split, SplitData> splits = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            Map<Modality, ModalityData> inputs = new EnumMap<>(Modality.class);
            inputs.put(Modality.AUDIO, spectrograms.of(split, AUDIO_SHAPE));
            inputs.put(Modality.IMAGE, new ModalityData(IMAGE_SHAPE,
                    new PixelSamples(readPixels(rows.get(split)), IMAGE_SIZE, options.imageMapping())));
            int[] labels = rows.get(split).stream().mapToInt(SubsetCsv.Row::label).toArray();
            splits.put(split, new SplitData(inputs, Labels.ofClasses(labels, NUM_CLASSES)));
        }
        MultimodalDataset dataset = new MultimodalDataset(NAME, ModalitySet.of(Modality.AUDIO, Modality.IMAGE),
                TaskType.SINGLE_LABEL, NUM_CLASSES, splits);
        return new ThesisAvmnist(dataset, standardisation);
    }

    /** The CSV listing one split: {@code <split>_subset.csv}. */
    public static Path csv(Path folder, Split split) {
        return folder.resolve(split.key() + "_subset.csv");
    }

    private static byte[] readPixels(List<SubsetCsv.Row> rows) {
        byte[] out = HeapAllocation.bytes("the images", rows.size(), IMAGE_SHAPE);
        IntStream.range(0, rows.size()).parallel().forEach(i -> withOrigin(rows.get(i),
                () -> ThesisSampleFiles.readPixels(rows.get(i).image(), out, i * IMAGE_SIZE)));
        return out;
    }

    /** Runs {@code read}, adding the CSV line that listed the file to any data error. */
    static void withOrigin(SubsetCsv.Row row, Runnable read) {
        try {
            read.run();
        } catch (DataException e) {
            throw new DataException(e.getMessage() + " (listed in " + row.origin() + ")", e);
        }
    }
}
