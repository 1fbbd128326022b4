package io.latefusion.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A data set ready for training: its modalities, task, class count, the three splits and the
 * classes' names (MM-IMDb's genres; empty when the data set has none, as AVMNIST's digits).
 * The fingerprint (SHA-256 over shapes, values and labels) travels into every result as
 * provenance, so two results can be told to come from the same data or not.
 */
public record MultimodalDataset(String name, ModalitySet modalities, TaskType task, int numClasses,
                                Map<Split, SplitData> splits, java.util.List<String> classNames) {

    /** A data set whose classes have no names. */
    public MultimodalDataset(String name, ModalitySet modalities, TaskType task, int numClasses,
                             Map<Split, SplitData> splits) {
        this(name, modalities, task, numClasses, splits, java.util.List.of());
    }

    public MultimodalDataset {
        if (numClasses <= 0) {
            throw new IllegalArgumentException("numClasses must be positive, got " + numClasses);
        }
        for (Split s : Split.values()) {
            SplitData d = splits.get(s);
            if (d == null) {
                throw new IllegalArgumentException("Data set " + name + " has no " + s.key() + " split");
            }
            for (Modality m : modalities.modalities()) {
                d.input(m);
            }
        }
        EnumMap<Split, SplitData> ordered = new EnumMap<>(Split.class);
        ordered.putAll(splits);
        splits = java.util.Collections.unmodifiableMap(ordered);
        classNames = classNames == null ? java.util.List.of() : java.util.List.copyOf(classNames);
        if (!classNames.isEmpty() && classNames.size() != numClasses) {
            throw new IllegalArgumentException("Data set " + name + " names " + classNames.size() + " classes, expected "
                    + numClasses);
        }
    }

    public SplitData split(Split s) {
        return splits.get(s);
    }

    /** The per-sample input shape of a modality (the same in every split). */
    public long[] sampleShape(Modality m) {
        return split(Split.TRAIN).input(m).sampleShape();
    }

    /** Fingerprints already computed, by data set (hashing gigabytes once is enough). */
    private static final Map<MultimodalDataset, String> FINGERPRINTS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** A SHA-256 over every split's shapes, inputs and labels, hex-encoded; computed once per data set. */
    public String fingerprint() {
        return FINGERPRINTS.computeIfAbsent(this, MultimodalDataset::digest);
    }

    private static String digest(MultimodalDataset dataset) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Split s : Split.values()) {
            SplitData d = dataset.split(s);
            md.update(s.key().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Modality m : dataset.modalities().modalities()) {
                ModalityData data = d.input(m);
                for (long dim : data.sampleShape()) {
                    md.update(ByteBuffer.allocate(8).putLong(dim).array());
                }
                update(md, data);
                if (data.hasLengths()) {
                    for (int length : data.lengths()) {
                        md.update(ByteBuffer.allocate(4).putInt(length).array());
                    }
                }
            }
            update(md, d.labels().values());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Hashes every sample's values as little-endian floats, one sample at a time (a split may be gigabytes). */
    private static void update(MessageDigest md, ModalityData data) {
        float[] sample = new float[data.sampleSize()];
        ByteBuffer bytes = ByteBuffer.allocate(sample.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < data.count(); i++) {
            data.copySample(i, sample, 0);
            bytes.clear();
            bytes.asFloatBuffer().put(sample);
            md.update(bytes.array());
        }
    }

    private static void update(MessageDigest md, float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        md.update(bytes.array());
    }
}
