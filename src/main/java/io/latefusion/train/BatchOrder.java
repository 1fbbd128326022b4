package io.latefusion.train;

import java.util.Random;

/**
 * Splits {@code n} sample indices into batches, shuffled by a seeded {@link Random} or in order.
 * A last batch of one sample joins the one before it (BatchNorm cannot train on one sample).
 */
final class BatchOrder {

    private BatchOrder() {
    }

    static int[][] shuffled(int n, int batchSize, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return cut(order, batchSize);
    }

    static int[][] sequential(int n, int batchSize) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return cut(order, batchSize);
    }

    private static int[][] cut(int[] order, int batchSize) {
        int n = order.length;
        int count = Math.max(1, (n + batchSize - 1) / batchSize);
        if (count > 1 && n - (count - 1) * batchSize == 1) {
            count--;
        }
        int[][] batches = new int[count][];
        for (int b = 0; b < count; b++) {
            int from = b * batchSize;
            int to = b == count - 1 ? n : from + batchSize;
            batches[b] = java.util.Arrays.copyOfRange(order, from, to);
        }
        return batches;
    }
}
