package io.latefusion.data.mmimdb;

import io.latefusion.data.Labels;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalityData;
import io.latefusion.data.ModalitySet;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.RandomStream;
import io.latefusion.data.Split;
import io.latefusion.data.SplitData;
import io.latefusion.data.TaskType;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Generates MM-IMDb-shaped data in Java, deterministic by seed (see {@link SyntheticMmimdbOptions}).
 * Genre l of a movie with factors z is present when w_l·z + labelNoise·ε exceeds the threshold
 * that gives it MM-IMDb's prevalence ({@link Genres}); the unit directions w_l are random, so genres
 * co-occur (or exclude each other) as their directions align. A movie with no genre gets the one it
 * misses by least, as every MM-IMDb movie has one. Text and image features are fixed random linear
 * maps of z + blur·ξ, with the modality's own blur, plus feature noise.
 */
public final class SyntheticMmimdb {

    private SyntheticMmimdb() {
    }

    /** The data set for {@code seed}: text and image features, 23 genres. */
    public static MultimodalDataset generate(SyntheticMmimdbOptions options, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        RandomStream structure = new RandomStream(root.split());
        int k = options.factors();
        double[][] directions = new double[Genres.COUNT][];
        for (int l = 0; l < Genres.COUNT; l++) {
            directions[l] = unit(structure, k);
        }
        double[][] textMap = map(structure, options.textSize(), k);
        double[][] imageMap = map(structure, options.imageSize(), k);
        double[] thresholds = thresholds(options.labelNoise());
        Map<Split, SplitData> splits = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            RandomStream samples = new RandomStream(root.split());
            splits.put(split, split(options, options.size(split), directions, textMap, imageMap, thresholds, samples));
        }
        return new MultimodalDataset("mmimdb", ModalitySet.of(Modality.IMAGE, Modality.TEXT), TaskType.MULTI_LABEL,
                Genres.COUNT, splits, Genres.NAMES);
    }

    private static SplitData split(SyntheticMmimdbOptions options, int n, double[][] directions, double[][] textMap,
                                   double[][] imageMap, double[] thresholds, RandomStream random) {
        int k = options.factors();
        float[] text = new float[n * options.textSize()];
        float[] image = new float[n * options.imageSize()];
        float[] labels = new float[n * Genres.COUNT];
        double[] z = new double[k];
        double[] view = new double[k];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < k; f++) {
                z[f] = random.normal();
            }
            int best = 0;
            double bestMargin = Double.NEGATIVE_INFINITY;
            boolean any = false;
            for (int l = 0; l < Genres.COUNT; l++) {
                double margin = dot(directions[l], z) + options.labelNoise() * random.normal() - thresholds[l];
                if (margin > 0) {
                    labels[i * Genres.COUNT + l] = 1;
                    any = true;
                }
                if (margin > bestMargin) {
                    bestMargin = margin;
                    best = l;
                }
            }
            if (!any) {
                labels[i * Genres.COUNT + best] = 1;
            }
            features(z, options.textNoise(), textMap, options.featureNoise(), random, view, text, i);
            features(z, options.imageNoise(), imageMap, options.featureNoise(), random, view, image, i);
        }
        Map<Modality, ModalityData> inputs = new EnumMap<>(Modality.class);
        inputs.put(Modality.TEXT, new ModalityData(new long[] {options.textSize()}, n, text));
        inputs.put(Modality.IMAGE, new ModalityData(new long[] {options.imageSize()}, n, image));
        return new SplitData(inputs, new Labels(TaskType.MULTI_LABEL, n, Genres.COUNT, labels));
    }

    /** Row {@code row} of {@code out}: map·(z + blur·ξ) + featureNoise·η. */
    private static void features(double[] z, double blur, double[][] map, double featureNoise, RandomStream random,
                                 double[] view, float[] out, int row) {
        for (int f = 0; f < z.length; f++) {
            view[f] = z[f] + blur * random.normal();
        }
        int width = map.length;
        for (int j = 0; j < width; j++) {
            out[row * width + j] = (float) (dot(map[j], view) + featureNoise * random.normal());
        }
    }

    /** Per-genre thresholds on w·z + noise (variance 1 + noise²) that give each genre its prevalence. */
    private static double[] thresholds(double labelNoise) {
        NormalDistribution score = new NormalDistribution(null, 0, Math.sqrt(1 + labelNoise * labelNoise));
        double[] prevalence = Genres.prevalence();
        double[] t = new double[prevalence.length];
        for (int l = 0; l < t.length; l++) {
            t[l] = score.inverseCumulativeProbability(1 - prevalence[l]);
        }
        return t;
    }

    /** A random unit vector. */
    private static double[] unit(RandomStream random, int k) {
        double[] v = new double[k];
        double norm = 0;
        while (norm == 0) {
            for (int i = 0; i < k; i++) {
                v[i] = random.normal();
                norm += v[i] * v[i];
            }
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < k; i++) {
            v[i] /= norm;
        }
        return v;
    }

    /** rows × k Gaussian entries of variance 1/k: each row maps unit-variance factors to a unit-variance feature. */
    private static double[][] map(RandomStream random, int rows, int k) {
        double scale = 1 / Math.sqrt(k);
        double[][] m = new double[rows][k];
        for (double[] row : m) {
            for (int i = 0; i < k; i++) {
                row[i] = random.normal() * scale;
            }
        }
        return m;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
