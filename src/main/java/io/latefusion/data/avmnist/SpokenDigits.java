package io.latefusion.data.avmnist;

/**
 * How each digit word sounds, coarsely: a sequence of segments, either voiced (a vowel or a
 * nasal, with three formant frequencies gliding from start to end) or noise (a fricative or a
 * burst, a band of frequencies). Values follow English phonetics loosely (five and nine share
 * their diphthong, as in real speech); all are in Hz for a speaker of scale 1.
 */
final class SpokenDigits {

    /** One part of a word; durations are fractions of the word and sum to 1. */
    sealed interface Segment permits Voiced, Noise {
        double duration();

        double level();
    }

    /** A vowel-like segment: formants F1..F3 gliding from {@code start} to {@code end}. */
    record Voiced(double duration, double level, double[] start, double[] end) implements Segment {
    }

    /** A fricative or burst: power between {@code lowHz} and {@code highHz}. */
    record Noise(double duration, double level, double lowHz, double highHz) implements Segment {
    }

    private static final Segment[][] WORDS = {
        // zero: z-ɪ-ro
        {noise(0.2, 0.3, 2800, 4000), voiced(0.35, 1, 300, 2100, 2700, 450, 1700, 2500),
            voiced(0.45, 0.9, 500, 1300, 2400, 450, 900, 2400)},
        // one: w-ʌ-n
        {voiced(0.3, 0.8, 300, 700, 2300, 550, 1000, 2400), voiced(0.45, 1, 600, 1150, 2500, 600, 1200, 2500),
            voiced(0.25, 0.5, 250, 1400, 2500, 250, 1400, 2500)},
        // two: t-u
        {noise(0.12, 0.5, 2500, 4000), voiced(0.88, 1, 330, 1500, 2300, 300, 900, 2300)},
        // three: θ-r-i
        {noise(0.3, 0.2, 1200, 4000), voiced(0.2, 0.8, 400, 1300, 1700, 350, 1600, 1800),
            voiced(0.5, 1, 300, 2200, 2900, 280, 2300, 3000)},
        // four: f-ɔr
        {noise(0.25, 0.25, 1000, 4000), voiced(0.75, 1, 570, 850, 2400, 500, 1100, 1700)},
        // five: f-aɪ-v
        {noise(0.2, 0.25, 1000, 4000), voiced(0.6, 1, 750, 1200, 2500, 400, 2100, 2700),
            noise(0.2, 0.15, 1500, 4000)},
        // six: s-ɪ-k-s
        {noise(0.3, 0.6, 2800, 4000), voiced(0.35, 1, 400, 2000, 2600, 400, 1900, 2500),
            noise(0.1, 0.4, 1500, 2500), noise(0.25, 0.6, 2800, 4000)},
        // seven: s-ɛ-v-ən
        {noise(0.25, 0.6, 2800, 4000), voiced(0.3, 1, 550, 1800, 2500, 550, 1750, 2500),
            noise(0.1, 0.15, 1500, 4000), voiced(0.35, 0.8, 500, 1400, 2500, 300, 1500, 2500)},
        // eight: eɪ-t
        {voiced(0.75, 1, 500, 1900, 2500, 350, 2300, 2900), noise(0.25, 0.4, 2500, 4000)},
        // nine: n-aɪ-n
        {voiced(0.2, 0.5, 250, 1300, 2500, 300, 1300, 2500), voiced(0.55, 1, 750, 1200, 2500, 400, 2100, 2700),
            voiced(0.25, 0.5, 250, 1500, 2500, 250, 1500, 2500)},
    };

    private SpokenDigits() {
    }

    /** The segments of {@code digit} (0..9) in spoken order. */
    static Segment[] word(int digit) {
        return WORDS[digit];
    }

    private static Voiced voiced(double duration, double level, double f1, double f2, double f3,
                                 double g1, double g2, double g3) {
        return new Voiced(duration, level, new double[] {f1, f2, f3}, new double[] {g1, g2, g3});
    }

    private static Noise noise(double duration, double level, double lowHz, double highHz) {
        return new Noise(duration, level, lowHz, highHz);
    }
}
