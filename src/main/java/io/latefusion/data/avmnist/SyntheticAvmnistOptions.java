package io.latefusion.data.avmnist;

import io.latefusion.data.Split;

/**
 * Settings of the synthetic AVMNIST generator, named as in configs ({@code synthetic.train}, ...).
 *
 * @param train samples in the training split (likewise {@code validation}, {@code test})
 * @param audioSize the spectrogram's frequency bins, and its time frames unless {@code audioFrames} is given
 * @param imageSignal probability that the image shows the sample's own digit rather than a
 *     uniformly random one: 0 means the image says nothing about the label
 * @param audioSignal the same for the spectrogram
 * @param noise standard deviation of the Gaussian pixel noise on the image (intensities in
 *     [0, 1]); the spectrogram's log power gets three times as much before it is standardised
 * @param audioFrames the spectrogram's time frames ({@code audio_frames}; absent: {@code audioSize},
 *     a square); the study's layout has 32 bins × 94 frames
 */
public record SyntheticAvmnistOptions(int train, int validation, int test, int audioSize,
                                      double imageSignal, double audioSignal, double noise, Integer audioFrames) {

    /** Smallest spectrogram side. */
    public static final int MIN_AUDIO_SIZE = 16;
    /** Largest spectrogram side. */
    public static final int MAX_AUDIO_SIZE = 256;

    public SyntheticAvmnistOptions {
        requireRange("audioSize", audioSize, MIN_AUDIO_SIZE, MAX_AUDIO_SIZE);
        audioFrames = audioFrames == null ? audioSize : audioFrames;
        requireRange("audioFrames", audioFrames, MIN_AUDIO_SIZE, MAX_AUDIO_SIZE);
        requireSize("train", train, audioSize, audioFrames);
        requireSize("validation", validation, audioSize, audioFrames);
        requireSize("test", test, audioSize, audioFrames);
        requireUnit("imageSignal", imageSignal);
        requireUnit("audioSignal", audioSignal);
        if (!(noise >= 0 && Double.isFinite(noise))) {
            throw invalid("noise", noise, "finite ≥ 0");
        }
    }

    /**
     * The recommended settings: 2000/500/500 samples, 112×112 spectrograms as in MultiBench, an
     * image that shows the right digit 95 % of the time and a spectrogram that does 60 % of the
     * time, so the image is clearly the stronger modality and the two together beat either (a
     * nearest-centroid classifier scores about 0.77 on the image, 0.57 on the audio, 0.81 on both).
     */
    public static SyntheticAvmnistOptions defaults() {
        return new SyntheticAvmnistOptions(2000, 500, 500, 112, 0.95, 0.6, 0.3);
    }

    /** Square spectrograms, {@code audioSize} bins × {@code audioSize} frames. */
    public SyntheticAvmnistOptions(int train, int validation, int test, int audioSize, double imageSignal,
                                   double audioSignal, double noise) {
        this(train, validation, test, audioSize, imageSignal, audioSignal, noise, null);
    }

    /** The number of samples of a split. */
    public int size(Split split) {
        return switch (split) {
            case TRAIN -> train;
            case VALIDATION -> validation;
            case TEST -> test;
        };
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(field, value, min + ".." + max);
        }
    }

    /** At least one sample, and few enough that a split's spectrograms fit in one Java array. */
    private static void requireSize(String field, int value, int audioSize, int audioFrames) {
        if (value < 1) {
            throw invalid(field, value, "≥ 1");
        }
        int max = Integer.MAX_VALUE / (audioSize * audioFrames);
        if (value > max) {
            String shape = audioFrames == audioSize ? "" : " and audioFrames " + audioFrames;
            throw invalid(field, value, "at most " + max + " at audioSize " + audioSize + shape
                    + ", so that a split's spectrograms fit in one array");
        }
    }

    private static void requireUnit(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw invalid(field, value, "0..1");
        }
    }

    private static IllegalArgumentException invalid(String field, Object value, String expected) {
        return new IllegalArgumentException(
                "Invalid synthetic." + field + ": " + value + " (expected " + expected + ")");
    }
}
