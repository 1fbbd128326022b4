package io.latefusion.data.mosi;

import io.latefusion.data.DataException;
import io.latefusion.data.Labels;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import java.util.EnumMap;
import java.util.Map;

/**
 * One MOSI split as a loader reads it, before the task: each modality's sequences and the samples'
 * sentiments, and optionally classes already given by the file (MMSA's {@code classification_labels}).
 * {@link #toSplit} applies a task: drops the samples it does not keep and labels the rest.
 *
 * @param source names the file and split in error messages ("aligned_50.pkl, train")
 */
record MosiSamples(String source, Map<Modality, ModalityData> inputs, double[] sentiments, int[] givenClasses) {

    /** The modalities of MOSI, in the study's order. */
    static final ModalitySet MODALITIES = ModalitySet.parse("ATV");

    MosiSamples {
        inputs = Modality.orderedCopy(inputs);
        for (Map.Entry<Modality, ModalityData> e : inputs.entrySet()) {
            if (e.getValue().count() != sentiments.length) {
                throw new DataException(source + ": " + e.getKey().key() + " has " + e.getValue().count()
                        + " samples but there are " + sentiments.length + " labels (expected the same N everywhere)");
            }
        }
        if (givenClasses != null && givenClasses.length != sentiments.length) {
            throw new DataException(source + ": " + givenClasses.length + " classification labels for "
                    + sentiments.length + " samples (expected the same N)");
        }
    }

    /** The split for {@code task}: its kept samples, their labels (the given classes for 3-class, if any). */
    SplitData toSplit(MosiTask task) {
        int kept = 0;
        for (double s : sentiments) {
            kept += task.keeps(s) ? 1 : 0;
        }
        int[] rows = new int[kept];
        for (int i = 0, j = 0; i < sentiments.length; i++) {
            if (task.keeps(sentiments[i])) {
                rows[j++] = i;
            }
        }
        Map<Modality, ModalityData> selected = new EnumMap<>(Modality.class);
        inputs.forEach((m, data) -> selected.put(m, select(data, rows)));
        Labels labels;
        try {
            if (task == MosiTask.CLASSIFICATION && givenClasses != null) {
                labels = Labels.ofClasses(givenClasses, task.outputs());
            } else {
                double[] s = new double[rows.length];
                for (int j = 0; j < rows.length; j++) {
                    s[j] = sentiments[rows[j]];
                }
                labels = task.labels(s);
            }
        } catch (IllegalArgumentException e) {
            throw new DataException(source + ": " + e.getMessage(), e);
        }
        return new SplitData(selected, labels);
    }

    /** The data set of three read splits under {@code task}. */
    static MultimodalDataset dataset(Map<Split, MosiSamples> splits, MosiTask task) {
        Map<Split, SplitData> data = new EnumMap<>(Split.class);
        splits.forEach((split, samples) -> data.put(split, samples.toSplit(task)));
        return new MultimodalDataset("mosi", MODALITIES, task.taskType(), task.outputs(), data);
    }

    private static ModalityData select(ModalityData data, int[] rows) {
        if (rows.length == data.count()) {
            return data;
        }
        int n = data.sampleSize();
        float[] values = new float[rows.length * n];
        int[] lengths = data.hasLengths() ? new int[rows.length] : null;
        for (int j = 0; j < rows.length; j++) {
            data.copySample(rows[j], values, j * n);
            if (lengths != null) {
                lengths[j] = data.length(rows[j]);
            }
        }
        return new ModalityData(data.sampleShape(), rows.length, values, lengths);
    }
}
