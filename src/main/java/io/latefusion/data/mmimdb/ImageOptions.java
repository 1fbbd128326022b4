package io.latefusion.data.mmimdb;

/**
 * How the image modality is read from an MM-IMDb file ({@code data.image}).
 *
 * @param source {@code vgg_features} (default) or {@code images}
 * @param pool the side of the average-pooling window applied to raw posters on load (1 keeps
 *     256×160; 4 gives 64×40, about 1 GB as floats for all 25,959 posters); unused for features
 */
public record ImageOptions(ImageSource source, int pool) {

    public ImageOptions {
        source = source == null ? ImageSource.VGG_FEATURES : source;
        if (pool < 1) {
            throw new IllegalArgumentException("Invalid data.image.pool: " + pool + " (expected ≥ 1)");
        }
    }

    /** VGG features, as the study. */
    public static ImageOptions features() {
        return new ImageOptions(ImageSource.VGG_FEATURES, 1);
    }
}
