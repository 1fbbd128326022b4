package io.latefusion.data.avmnist;

import io.latefusion.data.ModalityData;

/**
 * Test-only yardstick of how much class information a modality carries: the nearest class mean
 * of the flattened samples. Distances are divided by the mean squared distance of a training
 * sample to its own class mean, so that modalities of different size and scale can be added up.
 */
final class NearestCentroid {

    private final double[][] centroids;
    private final double spread;

    private NearestCentroid(double[][] centroids, double spread) {
        this.centroids = centroids;
        this.spread = spread;
    }

    static NearestCentroid fit(ModalityData x, int[] labels, int numClasses) {
        int n = x.sampleSize();
        double[][] centroids = new double[numClasses][n];
        int[] counts = new int[numClasses];
        float[] row = new float[n];
        for (int i = 0; i < x.count(); i++) {
            x.copySample(i, row, 0);
            counts[labels[i]]++;
            for (int j = 0; j < n; j++) {
                centroids[labels[i]][j] += row[j];
            }
        }
        for (int c = 0; c < numClasses; c++) {
            for (int j = 0; j < n; j++) {
                centroids[c][j] /= counts[c];
            }
        }
        double within = 0;
        for (int i = 0; i < x.count(); i++) {
            x.copySample(i, row, 0);
            within += squaredDistance(row, centroids[labels[i]]);
        }
        return new NearestCentroid(centroids, within / x.count());
    }

    /** [sample][class] squared distance to each class mean, in units of the training spread. */
    double[][] distances(ModalityData x) {
        int n = x.sampleSize();
        float[] row = new float[n];
        double[][] out = new double[x.count()][centroids.length];
        for (int i = 0; i < x.count(); i++) {
            x.copySample(i, row, 0);
            for (int c = 0; c < centroids.length; c++) {
                out[i][c] = squaredDistance(row, centroids[c]) / spread;
            }
        }
        return out;
    }

    private static double squaredDistance(float[] row, double[] centroid) {
        double sum = 0;
        for (int j = 0; j < row.length; j++) {
            double e = row[j] - centroid[j];
            sum += e * e;
        }
        return sum;
    }

    /**
     * The weight that turns distances into the best-calibrated class probabilities
     * softmax(-weight · distance) on held-out samples (maximum likelihood over a geometric grid).
     * Weighting each modality so and adding the distances is the nearest centroid on the
     * concatenated modalities, each block scaled by the square root of its weight.
     */
    static double calibrate(double[][] distances, int[] labels) {
        double best = Double.NaN;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (double weight = 0.25; weight < 1000; weight *= 1.25) {
            double likelihood = 0;
            for (int i = 0; i < distances.length; i++) {
                double min = Double.POSITIVE_INFINITY;
                for (double d : distances[i]) {
                    min = Math.min(min, d);
                }
                double partition = 0;
                for (double d : distances[i]) {
                    partition += Math.exp(-weight * (d - min));
                }
                likelihood += -weight * (distances[i][labels[i]] - min) - Math.log(partition);
            }
            if (likelihood > bestLikelihood) {
                bestLikelihood = likelihood;
                best = weight;
            }
        }
        return best;
    }

    /** The distances times {@code weight}. */
    static double[][] scaled(double[][] distances, double weight) {
        double[][] out = new double[distances.length][];
        for (int i = 0; i < distances.length; i++) {
            out[i] = distances[i].clone();
            for (int c = 0; c < out[i].length; c++) {
                out[i][c] *= weight;
            }
        }
        return out;
    }

    /** The share of samples whose nearest class (by the summed distances) is their label. */
    static double accuracy(int[] labels, double[][]... distances) {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            int nearest = 0;
            double nearestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < distances[0][i].length; c++) {
                double sum = 0;
                for (double[][] modality : distances) {
                    sum += modality[i][c];
                }
                if (sum < nearestDistance) {
                    nearestDistance = sum;
                    nearest = c;
                }
            }
            if (nearest == labels[i]) {
                correct++;
            }
        }
        return (double) correct / labels.length;
    }
}
