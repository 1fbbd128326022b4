package io.latefusion.data.avmnist;

import io.latefusion.data.DataException;
import io.latefusion.data.Labels;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import io.latefusion.data.TaskType;
import io.latefusion.data.format.MappedArray;
import io.latefusion.data.format.MappedSamples;
import io.latefusion.data.format.NpyReader;
import io.latefusion.data.format.NumpyArray;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Loads AVMNIST in MultiBench's layout: {@code image/{train,test}_data.npy} (N×784 or N×28×28),
 * {@code audio/{train,test}_data.npy} (N×112×112) and {@code {train,test}_labels.npy} (integers 0–9).
 * Both inputs are divided by 255, as MultiBench does; validation is the last
 * {@link MultibenchAvmnistOptions#validationSize()} training rows. Images become [1, 28, 28], audio
 * [1, 112, 112]. The input files are memory-mapped, not read onto the heap (MultiBench's audio alone
 * is 3 GB): batches copy their rows out of the mapping, and validation is a row range of the training
 * file.
 */
public final class MultibenchAvmnistLoader {

    private static final int NUM_CLASSES = 10;
    private static final long[] IMAGE_SHAPE = {1, 28, 28};
    private static final long[] AUDIO_SHAPE = {1, 112, 112};

    private MultibenchAvmnistLoader() {
    }

    /** The data set in {@code folder}. */
    public static MultimodalDataset load(Path folder, MultibenchAvmnistOptions options) {
        if (!Files.isDirectory(folder)) {
            throw new DataException(folder + " is not a folder, expected one holding train_labels.npy, test_labels.npy,"
                    + " image/ and audio/");
        }
        Path trainLabelsFile = folder.resolve("train_labels.npy");
        int[] trainLabels = labels(trainLabelsFile);
        int trainRows = trainLabels.length - options.validationSize();
        if (trainRows < 1) {
            throw new DataException("Validation size " + options.validationSize() + " leaves no training rows: "
                    + trainLabelsFile + " has " + trainLabels.length + " rows, expected more than the validation size");
        }
        Path testLabelsFile = folder.resolve("test_labels.npy");
        int[] testLabels = labels(testLabelsFile);

        Map<Split, Map<Modality, ModalityData>> inputs = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            inputs.put(split, new EnumMap<>(Modality.class));
        }
        for (Modality modality : new Modality[] {Modality.IMAGE, Modality.AUDIO}) {
            long[] sampleShape = modality == Modality.IMAGE ? IMAGE_SHAPE : AUDIO_SHAPE;
            MappedArray train = input(folder, modality, "train", sampleShape, trainLabelsFile, trainLabels.length);
            inputs.get(Split.TRAIN).put(modality, scaled(train, 0, trainRows, sampleShape));
            inputs.get(Split.VALIDATION).put(modality, scaled(train, trainRows, trainLabels.length, sampleShape));
            MappedArray test = input(folder, modality, "test", sampleShape, testLabelsFile, testLabels.length);
            inputs.get(Split.TEST).put(modality, scaled(test, 0, testLabels.length, sampleShape));
        }
        Map<Split, SplitData> splits = new EnumMap<>(Split.class);
        splits.put(Split.TRAIN, new SplitData(inputs.get(Split.TRAIN),
                Labels.ofClasses(Arrays.copyOfRange(trainLabels, 0, trainRows), NUM_CLASSES)));
        splits.put(Split.VALIDATION, new SplitData(inputs.get(Split.VALIDATION),
                Labels.ofClasses(Arrays.copyOfRange(trainLabels, trainRows, trainLabels.length), NUM_CLASSES)));
        splits.put(Split.TEST, new SplitData(inputs.get(Split.TEST), Labels.ofClasses(testLabels, NUM_CLASSES)));
        return new MultimodalDataset(ThesisAvmnistLoader.NAME, ModalitySet.of(Modality.AUDIO, Modality.IMAGE),
                TaskType.SINGLE_LABEL, NUM_CLASSES, splits);
    }

    /** The class of every row of a labels file: integers 0..9, shape N or N×1. */
    private static int[] labels(Path file) {
        NumpyArray array = NpyReader.read(file);
        if (!array.dtype().isInteger() || array.ndim() == 0 || array.size() != array.dim(0)) {
            throw new DataException(file + " holds a " + array.dtype() + " array of shape "
                    + Arrays.toString(array.shape()) + ", expected integer labels of shape N or N×1");
        }
        long[] values = array.toLongs();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] >= NUM_CLASSES) {
                throw new DataException(file + " has the label " + values[i] + " at row " + i
                        + ", expected 0.." + (NUM_CLASSES - 1));
            }
            out[i] = (int) values[i];
        }
        return out;
    }

    /** {@code <modality>/<split>_data.npy}, checked against the labels' row count and the sample shape. */
    private static MappedArray input(Path folder, Modality modality, String split, long[] sampleShape,
                                     Path labelsFile, int rows) {
        Path file = folder.resolve(modality.key()).resolve(split + "_data.npy");
        MappedArray array = NpyReader.map(file);
        long sampleSize = Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b);
        if (array.shape().length < 2 || array.rowSize() != sampleSize) {
            throw new DataException(file + " holds a " + array.dtype() + " array of shape "
                    + Arrays.toString(array.shape()) + ", expected N×" + sampleSize + " or N×"
                    + sampleShape[1] + "×" + sampleShape[2] + " numbers");
        }
        if (array.rows() != rows) {
            throw new DataException(file + " has " + array.rows() + " rows but " + labelsFile + " has " + rows
                    + ", expected one row per sample in both");
        }
        return array;
    }

    /** Rows {@code from..to-1}, read from the mapped file as batches need them, divided by 255. */
    private static ModalityData scaled(MappedArray array, int from, int to, long[] sampleShape) {
        return new ModalityData(sampleShape, new MappedSamples(array, from, to - from, 255f));
    }
}
