package io.latefusion.data.mmimdb;

import io.latefusion.data.Split;

/**
 * Settings of the synthetic MM-IMDb generator ({@code data.synthetic.*}). Every movie has
 * {@code factors} latent factors; its genres are thresholded noisy projections of them, and each
 * modality sees a blurred copy of them ({@code text_noise}, {@code image_noise}: the standard
 * deviation of that modality's own latent noise, relative to the factors' 1) through a fixed
 * random linear map, plus {@code feature_noise} per feature.
 *
 * @param train movies in the training split (likewise {@code validation}, {@code test})
 * @param textSize text feature width (MM-IMDb: 300)
 * @param imageSize image feature width (MM-IMDb: 4096)
 * @param factors latent factors shared by genres and modalities
 * @param textNoise the text's latent blur: lower is more informative
 * @param imageNoise the image's latent blur
 * @param featureNoise independent noise on every feature
 * @param labelNoise noise on each genre's score before it is thresholded: the part of the genres
 *     no modality can know
 */
public record SyntheticMmimdbOptions(int train, int validation, int test, int textSize, int imageSize, int factors,
                                     double textNoise, double imageNoise, double featureNoise, double labelNoise) {

    public SyntheticMmimdbOptions {
        requireCount("train", train);
        requireCount("validation", validation);
        requireCount("test", test);
        requireCount("text_size", textSize);
        requireCount("image_size", imageSize);
        if (factors < 1 || factors > 256) {
            throw invalid("factors", factors, "1..256");
        }
        for (int n : new int[] {train, validation, test}) {
            if ((long) n * Math.max(textSize, imageSize) > Integer.MAX_VALUE - 8) {
                throw invalid("train/validation/test", n, "few enough that a split's "
                        + Math.max(textSize, imageSize) + "-wide features fit in one array");
            }
        }
        requireNoise("text_noise", textNoise);
        requireNoise("image_noise", imageNoise);
        requireNoise("feature_noise", featureNoise);
        requireNoise("label_noise", labelNoise);
    }

    /**
     * The recommended settings: 2000/500/500 movies, MM-IMDb's 300-d text and 4096-d image, 16
     * factors, text blurred by 0.5 and image by 1.5 (text clearly the stronger modality, as in the
     * study), feature noise 1, label noise 0.5.
     */
    public static SyntheticMmimdbOptions defaults() {
        return new SyntheticMmimdbOptions(2000, 500, 500, 300, 4096, 16, 0.5, 1.5, 1.0, 0.5);
    }

    /** The number of movies of a split. */
    public int size(Split split) {
        return switch (split) {
            case TRAIN -> train;
            case VALIDATION -> validation;
            case TEST -> test;
        };
    }

    private static void requireCount(String field, int value) {
        if (value < 1) {
            throw invalid(field, value, "≥ 1");
        }
    }

    private static void requireNoise(String field, double value) {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw invalid(field, value, "finite ≥ 0");
        }
    }

    private static IllegalArgumentException invalid(String field, Object value, String expected) {
        return new IllegalArgumentException("Invalid data.synthetic." + field + ": " + value + " (expected " + expected
                + ")");
    }
}
