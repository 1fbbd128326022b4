package io.latefusion.data.mosi;

import io.latefusion.data.Split;

/**
 * Settings of the synthetic MOSI generator, named as in configs ({@code synthetic.train}, ...).
 *
 * @param train samples in the training split (likewise {@code validation}, {@code test})
 * @param steps the padded sequence length (MOSI's files: 50)
 * @param minLength the shortest real length; each sample's length is uniform in minLength..steps
 * @param textSize features per text step (MultiBench's GloVe: 300; MMSA's BERT: 768)
 * @param audioSize features per audio step (MultiBench's COVAREP: 74; MMSA: 5)
 * @param videoSize features per video step (MultiBench's Facet: 35; MMSA: 20)
 * @param textSignal how strongly each text step shows the sentiment: the sentiment's (and the
 *     neutral flag's) component along a fixed direction, in units of the noise's standard deviation
 * @param audioSignal the same for audio
 * @param videoSignal the same for video
 * @param neutral the share of samples whose sentiment is exactly 0
 */
public record SyntheticMosiOptions(int train, int validation, int test, int steps, int minLength, int textSize,
                                   int audioSize, int videoSize, double textSignal, double audioSignal,
                                   double videoSignal, double neutral) {

    public SyntheticMosiOptions {
        for (Split s : Split.values()) {
            int n = switch (s) {
                case TRAIN -> train;
                case VALIDATION -> validation;
                case TEST -> test;
            };
            if (n < 2) {
                throw invalid(s.key(), n, "≥ 2 samples");
            }
        }
        if (steps < 1) {
            throw invalid("steps", steps, "≥ 1");
        }
        if (minLength < 1 || minLength > steps) {
            throw invalid("min_length", minLength, "1..steps (" + steps + ")");
        }
        if (textSize < 1 || audioSize < 1 || videoSize < 1) {
            throw invalid("text_size/audio_size/video_size", Math.min(textSize, Math.min(audioSize, videoSize)), "≥ 1");
        }
        for (double signal : new double[] {textSignal, audioSignal, videoSignal}) {
            if (!(signal >= 0 && Double.isFinite(signal))) {
                throw invalid("text_signal/audio_signal/video_signal", signal, "finite ≥ 0");
            }
        }
        if (!(neutral >= 0 && neutral < 1)) {
            throw invalid("neutral", neutral, "a share in [0, 1)");
        }
    }

    /** The number of samples of a split. */
    public int size(Split split) {
        return switch (split) {
            case TRAIN -> train;
            case VALIDATION -> validation;
            case TEST -> test;
        };
    }

    private static IllegalArgumentException invalid(String key, Object value, String expected) {
        return new IllegalArgumentException("Invalid data.synthetic." + key + ": " + value + " (expected " + expected + ")");
    }
}
