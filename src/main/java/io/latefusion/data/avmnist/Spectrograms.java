package io.latefusion.data.avmnist;

import io.latefusion.data.HeapAllocation;
import io.latefusion.data.HeapSamples;
import io.latefusion.data.IndexedSamples;
import io.latefusion.data.ModalityData;
import io.latefusion.data.Split;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The distinct log spectrograms the study's CSVs list, each read and held once (the study's rows share
 * 26,930 files among 70,000 rows), and, per split, which of them each row uses.
 */
final class Spectrograms {

    private static final int SIZE = ThesisSampleFiles.MEL_BANDS * ThesisSampleFiles.FRAMES;

    private final float[] values;
    private final HeapSamples shared;
    private final Map<Split, int[]> rows;

    private Spectrograms(float[] values, Map<Split, int[]> rows) {
        this.values = values;
        this.shared = new HeapSamples(values, SIZE);
        this.rows = rows;
    }

    /** Reads every distinct file the rows list, in parallel; an error names the first row listing the file. */
    static Spectrograms read(Map<Split, List<SubsetCsv.Row>> rows) {
        Map<Path, Integer> index = new HashMap<>();
        List<SubsetCsv.Row> firstUse = new ArrayList<>();
        Map<Split, int[]> used = new EnumMap<>(Split.class);
        for (Map.Entry<Split, List<SubsetCsv.Row>> split : rows.entrySet()) {
            used.put(split.getKey(), split.getValue().stream().mapToInt(row -> index.computeIfAbsent(
                    row.audio().normalize(), file -> {
                        firstUse.add(row);
                        return firstUse.size() - 1;
                    })).toArray());
        }
        float[] values = HeapAllocation.floats("the distinct spectrograms", firstUse.size(), 1,
                ThesisSampleFiles.MEL_BANDS, ThesisSampleFiles.FRAMES);
        IntStream.range(0, firstUse.size()).parallel().forEach(i -> ThesisAvmnistLoader.withOrigin(firstUse.get(i),
                () -> ThesisSampleFiles.readLogSpectrogram(firstUse.get(i).audio(), values, i * SIZE)));
        return new Spectrograms(values, used);
    }

    /** The rows of {@code split}, each referring to its spectrogram. */
    ModalityData of(Split split, long[] shape) {
        return new ModalityData(shape, new IndexedSamples(shared, rows.get(split)));
    }

    /** Standardises every spectrogram in place (each once, whichever splits use it). */
    void standardise(Standardisation standardisation) {
        standardisation.applyInPlace(values);
    }
}
