package io.latefusion.data.mosi;

import io.latefusion.data.DataException;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.Split;
import io.latefusion.data.format.NumpyArray;
import io.latefusion.data.format.PickleReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * A MOSI pickle as both published layouts have it: a dict {@code train | valid | test} → a dict of
 * named arrays. Hands out each split's arrays with errors that name the file, the split, the key and
 * what was expected.
 */
final class PickledSplits {

    private final Path file;
    private final Map<Split, Map<?, ?>> splits;

    private PickledSplits(Path file, Map<Split, Map<?, ?>> splits) {
        this.file = file;
        this.splits = splits;
    }

    /**
     * Reads {@code file} and turns each of its splits into samples with {@code reader}: the loaders'
     * shared frame, each layout supplying only how one split reads.
     */
    static MultimodalDataset load(Path file, MosiTask task, BiFunction<PickledSplits, Split, MosiSamples> reader) {
        PickledSplits pickle = read(file);
        Map<Split, MosiSamples> splits = new EnumMap<>(Split.class);
        for (Split s : Split.values()) {
            splits.put(s, reader.apply(pickle, s));
        }
        return MosiSamples.dataset(splits, task);
    }

    /** Reads {@code file} and checks that it holds the three splits. */
    static PickledSplits read(Path file) {
        Object root = PickleReader.read(file);
        if (!(root instanceof Map<?, ?> map)) {
            throw new DataException(file + ": expected a dict of splits train/valid/test at the top, got "
                    + describe(root));
        }
        Map<Split, Map<?, ?>> splits = new EnumMap<>(Split.class);
        for (Split s : Split.values()) {
            Object split = map.get(key(s));
            if (!(split instanceof Map<?, ?> entries)) {
                throw new DataException(file + ": " + (split == null ? "has no split '" + key(s) + "'"
                        : "split '" + key(s) + "' is " + describe(split)) + " (expected a dict under each of "
                        + "train, valid, test; found " + keys(map) + ")");
            }
            splits.put(s, entries);
        }
        return new PickledSplits(file, splits);
    }

    /** The key of a split in these files ("valid" for validation). */
    static String key(Split s) {
        return s == Split.VALIDATION ? "valid" : s.key();
    }

    /** "FILE, split" for messages. */
    String where(Split s) {
        return file + ", " + key(s);
    }

    boolean has(Split s, String key) {
        return splits.get(s).get(key) != null;
    }

    /** The numeric array {@code key} of split {@code s}, with {@code dims} dimensions. */
    NumpyArray array(Split s, String key, int dims, String expected) {
        Object value = splits.get(s).get(key);
        if (value == null) {
            throw new DataException(where(s) + ": has no key '" + key + "' (expected " + expected + "; found "
                    + keys(splits.get(s)) + ")");
        }
        if (!(value instanceof NumpyArray array) || !array.dtype().isNumeric()) {
            throw new DataException(where(s) + ": '" + key + "' is " + describe(value) + " (expected " + expected + ")");
        }
        if (array.ndim() != dims) {
            throw new DataException(where(s) + ": '" + key + "' has shape " + Arrays.toString(array.shape())
                    + " (expected " + expected + ")");
        }
        return array;
    }

    /**
     * Per-sample lengths under {@code key}: an integer array or a list of ints (MMSA writes both),
     * each within 0..steps.
     */
    int[] lengths(Split s, String key, int n, long steps) {
        Object value = splits.get(s).get(key);
        long[] raw;
        if (value instanceof NumpyArray array && array.dtype().isNumeric() && array.size() == n) {
            double[] d = array.toDoubles();
            raw = new long[n];
            for (int i = 0; i < n; i++) {
                raw[i] = (long) d[i];
                if (raw[i] != d[i]) {
                    throw new DataException(where(s) + ": '" + key + "'[" + i + "] = " + d[i] + " is not a whole number");
                }
            }
        } else if (value instanceof List<?> list && list.size() == n && list.stream().allMatch(Number.class::isInstance)) {
            raw = list.stream().mapToLong(v -> ((Number) v).longValue()).toArray();
        } else {
            throw new DataException(where(s) + ": '" + key + "' is " + describe(value) + " (expected " + n
                    + " integer lengths, one per sample)");
        }
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            if (raw[i] < 0 || raw[i] > steps) {
                throw new DataException(where(s) + ": '" + key + "'[" + i + "] = " + raw[i]
                        + " is beyond the sequence length (expected 0.." + steps + ")");
            }
            lengths[i] = (int) raw[i];
        }
        return lengths;
    }

    private static String keys(Map<?, ?> map) {
        TreeSet<String> names = new TreeSet<>();
        map.keySet().forEach(k -> names.add(String.valueOf(k)));
        return names.toString();
    }

    private static String describe(Object o) {
        return o == null ? "None" : o instanceof NumpyArray a ? "an array " + a : "a " + o.getClass().getSimpleName();
    }
}
