package io.latefusion.data.mosi;

import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.RandomStream;
import io.latefusion.data.Split;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a MOSI-shaped data set in Java, deterministic by seed. Each sample has a sentiment on
 * MOSI's label grid (0 with probability {@code neutral}, otherwise ±0.2, ±0.4, …, ±3.0 uniformly) and
 * one real length shared by its three word-aligned sequences; padding steps are zero. Every real step
 * of modality m is Gaussian noise (σ 1) plus {@code signal_m × (s / 3 · u_m + [s = 0] · w_m)}, where
 * u_m and w_m are fixed random unit directions of the modality: the sentiment, and a neutral flag so
 * the 3-class task is learnable. By default text carries most of the signal, as in MOSI.
 */
public final class SyntheticMosi {

    /** Keeps the directions apart from the samples' draws. */
    private static final long DIRECTIONS = 0x5E7_1AB5L;
    /** Steps of MOSI's sentiment grid on each side of 0: 0.2 … 3.0. */
    private static final int GRID = 15;

    private SyntheticMosi() {
    }

    /** The data set under {@code task}, from {@code seed}. */
    public static MultimodalDataset generate(SyntheticMosiOptions options, MosiTask task, long seed) {
        Map<Modality, float[][]> directions = new EnumMap<>(Modality.class);
        RandomStream fixed = new RandomStream(new SplittableRandom(seed ^ DIRECTIONS));
        for (Modality m : MosiSamples.MODALITIES.modalities()) {
            int size = size(options, m);
            directions.put(m, new float[][] {unit(fixed, size), unit(fixed, size)});
        }
        RandomStream random = new RandomStream(new SplittableRandom(seed));
        Map<Split, MosiSamples> splits = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            splits.put(split, samples(options, split, directions, random));
        }
        return MosiSamples.dataset(splits, task);
    }

    private static MosiSamples samples(SyntheticMosiOptions o, Split split, Map<Modality, float[][]> directions,
                                       RandomStream random) {
        int n = o.size(split);
        double[] sentiments = new double[n];
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) {
            sentiments[i] = random.uniform() < o.neutral() ? 0
                    : (random.index(2) == 0 ? 1 : -1) * (1 + random.index(GRID)) / 5.0;
            lengths[i] = o.minLength() + random.index(o.steps() - o.minLength() + 1);
        }
        Map<Modality, ModalityData> inputs = new EnumMap<>(Modality.class);
        for (Modality m : MosiSamples.MODALITIES.modalities()) {
            int size = size(o, m);
            double signal = signal(o, m);
            float[] u = directions.get(m)[0];
            float[] w = directions.get(m)[1];
            float[] values = new float[n * o.steps() * size];
            for (int i = 0; i < n; i++) {
                double along = signal * sentiments[i] / 3;
                double flag = sentiments[i] == 0 ? signal : 0;
                for (int t = 0; t < lengths[i]; t++) {
                    int at = (i * o.steps() + t) * size;
                    for (int f = 0; f < size; f++) {
                        values[at + f] = (float) (random.normal() + along * u[f] + flag * w[f]);
                    }
                }
            }
            inputs.put(m, new ModalityData(new long[] {o.steps(), size}, n, values, lengths));
        }
        return new MosiSamples("synthetic " + split.key(), inputs, sentiments, null);
    }

    private static int size(SyntheticMosiOptions o, Modality m) {
        return switch (m) {
            case TEXT -> o.textSize();
            case AUDIO -> o.audioSize();
            case VIDEO -> o.videoSize();
            case IMAGE -> throw new IllegalArgumentException("MOSI has no image modality");
        };
    }

    private static double signal(SyntheticMosiOptions o, Modality m) {
        return switch (m) {
            case TEXT -> o.textSignal();
            case AUDIO -> o.audioSignal();
            case VIDEO -> o.videoSignal();
            case IMAGE -> throw new IllegalArgumentException("MOSI has no image modality");
        };
    }

    /** A random direction of length 1. */
    private static float[] unit(RandomStream random, int size) {
        double[] g = new double[size];
        double norm = 0;
        for (int f = 0; f < size; f++) {
            g[f] = random.normal();
            norm += g[f] * g[f];
        }
        float[] out = new float[size];
        for (int f = 0; f < size; f++) {
            out[f] = (float) (g[f] / Math.sqrt(norm));
        }
        return out;
    }
}
