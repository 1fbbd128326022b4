package io.latefusion.data.avmnist;

import io.latefusion.data.RandomStream;
import io.latefusion.data.avmnist.SpokenDigits.Noise;
import io.latefusion.data.avmnist.SpokenDigits.Segment;
import io.latefusion.data.avmnist.SpokenDigits.Voiced;
import java.util.Arrays;

/**
 * Spectrogram-like views of a spoken digit, {@code bins×frames}: rows are frequency bins from 0 to
 * 4 kHz (the spoken digits were recorded at 8 kHz), columns are time frames. A voiced segment is
 * a harmonic comb over a falling pitch, shaped by three formants; a noise segment is a frequency
 * band. Each sample draws a speaker (a vocal-tract scale that moves every band, and a pitch), an
 * utterance length and an onset; its log power plus Gaussian noise is standardised to mean 0 and
 * variance 1.
 */
final class SpectrogramRenderer implements DigitRenderer {

    private static final double MAX_HZ = 4000;
    private static final double[] FORMANT_GAIN = {1, 0.6, 0.35};
    private static final double[] FORMANT_WIDTH_HZ = {90, 120, 160};
    /** Gain of the fundamental alone (the voice bar), on top of its formant gain. */
    private static final double VOICE_BAR = 0.3;
    private static final double HARMONIC_WIDTH_HZ = 25;
    private static final double NOISE_ROLL_OFF_HZ = 100;
    /** Gaussian skirts end here: beyond 5 sigma they are far below {@link #FLOOR}. */
    private static final double NEGLIGIBLE_Z = 5;
    /** Power floor, so the log stays finite where nothing sounds. */
    private static final double FLOOR = 1e-3;
    private static final double LOG_FLOOR = StrictMath.log(FLOOR);
    /** Standard deviation of the log-power noise per unit of the {@code noise} option, in nats. */
    private static final double LOG_NOISE_SCALE = 3;

    private final int bins;
    private final int frames;
    private final double binHz;
    private final double logNoise;
    /** Half width of a harmonic's Gaussian, in bins (at least half a bin). */
    private final double harmonicSigma;
    /** 1/sigma² and exp(-1/sigma²): the recurrence of {@link #addPeak}. */
    private final double peakStepDecay;
    private final double peakStepShrink;

    /**
     * @param bins frequency bins (rows)
     * @param frames time frames (columns)
     * @param noise the generator's noise scale
     */
    SpectrogramRenderer(int bins, int frames, double noise) {
        this.bins = bins;
        this.frames = frames;
        this.binHz = MAX_HZ / bins;
        this.logNoise = noise * LOG_NOISE_SCALE;
        this.harmonicSigma = Math.max(0.5, HARMONIC_WIDTH_HZ / binHz);
        this.peakStepDecay = 1 / (harmonicSigma * harmonicSigma);
        this.peakStepShrink = StrictMath.exp(-peakStepDecay);
    }

    @Override
    public long[] sampleShape() {
        return new long[] {1, bins, frames};
    }

    @Override
    public int sampleSize() {
        return bins * frames;
    }

    @Override
    public void render(int digit, RandomStream rng, float[] out, int offset) {
        double speaker = rng.uniform(0.85, 1.2);
        double pitch = rng.uniform(90, 250);
        double length = rng.uniform(0.55, 0.85) * frames;
        double onset = rng.uniform(0, frames - length);

        Arrays.fill(out, offset, offset + bins * frames, 0f);
        Segment[] word = SpokenDigits.word(digit);
        for (int frame = 0; frame < frames; frame++) {
            double tau = (frame + 0.5 - onset) / length;
            if (tau < 0 || tau >= 1) {
                continue;
            }
            double gain = StrictMath.sqrt(StrictMath.sin(Math.PI * tau));
            int s = 0;
            double segmentStart = 0;
            while (s < word.length - 1 && tau >= segmentStart + word[s].duration()) {
                segmentStart += word[s].duration();
                s++;
            }
            Segment segment = word[s];
            gain *= segment.level();
            if (segment instanceof Voiced v) {
                double progress = Math.min(1, (tau - segmentStart) / v.duration());
                drawVoiced(v, progress, speaker, pitch * (1.1 - 0.2 * tau), gain, out, offset + frame);
            } else {
                drawNoise((Noise) segment, speaker, gain, out, offset + frame);
            }
        }
        standardiseLogPower(rng, out, offset);
    }

    /** Adds one frame of a harmonic comb whose partials are weighted by the gliding formants. */
    private void drawVoiced(Voiced v, double progress, double speaker, double f0, double gain,
                            float[] out, int column) {
        double glide = progress * progress * (3 - 2 * progress);
        double[] formants = new double[3];
        for (int j = 0; j < 3; j++) {
            formants[j] = speaker * (v.start()[j] + glide * (v.end()[j] - v.start()[j]));
        }
        for (int h = 1; h * f0 < MAX_HZ; h++) {
            double f = h * f0;
            double amplitude = h == 1 ? VOICE_BAR : 0;
            for (int j = 0; j < 3; j++) {
                double z = (f - formants[j]) / FORMANT_WIDTH_HZ[j];
                if (Math.abs(z) < NEGLIGIBLE_Z) {
                    amplitude += FORMANT_GAIN[j] * StrictMath.exp(-0.5 * z * z);
                }
            }
            addPeak(f / binHz - 0.5, gain * amplitude, out, column);
        }
    }

    /**
     * Adds a Gaussian peak centred at fractional bin {@code centre}, over ±3 sigma. Consecutive
     * bins' values differ by a factor that itself shrinks by a constant factor, so two
     * exponentials serve the whole peak.
     */
    private void addPeak(double centre, double amplitude, float[] out, int column) {
        int from = Math.max(0, (int) Math.ceil(centre - 3 * harmonicSigma));
        int to = Math.min(bins - 1, (int) Math.floor(centre + 3 * harmonicSigma));
        double z = (from - centre) / harmonicSigma;
        double value = amplitude * StrictMath.exp(-0.5 * z * z);
        double step = StrictMath.exp(-z / harmonicSigma - peakStepDecay / 2);
        for (int bin = from; bin <= to; bin++) {
            out[column + bin * frames] += (float) value;
            value *= step;
            step *= peakStepShrink;
        }
    }

    /** Adds one frame of a noise band with soft edges. */
    private void drawNoise(Noise n, double speaker, double gain, float[] out, int column) {
        double low = n.lowHz() * speaker;
        double high = Math.min(MAX_HZ, n.highHz() * speaker);
        for (int bin = 0; bin < bins; bin++) {
            double f = (bin + 0.5) * binHz;
            double outside = f < low ? low - f : f > high ? f - high : 0;
            double z = outside / NOISE_ROLL_OFF_HZ;
            if (z == 0) {
                out[column + bin * frames] += (float) gain;
            } else if (z < NEGLIGIBLE_Z) {
                out[column + bin * frames] += (float) (gain * StrictMath.exp(-0.5 * z * z));
            }
        }
    }

    /** Replaces power by log power plus noise, then standardises the sample. */
    private void standardiseLogPower(RandomStream rng, float[] out, int offset) {
        int n = bins * frames;
        double sum = 0;
        double sumSquares = 0;
        for (int i = offset; i < offset + n; i++) {
            double logPower = out[i] == 0 ? LOG_FLOOR : StrictMath.log(out[i] + FLOOR);
            double v = logPower + logNoise * rng.normal();
            out[i] = (float) v;
            sum += v;
            sumSquares += v * v;
        }
        double mean = sum / n;
        double sd = StrictMath.sqrt(Math.max(sumSquares / n - mean * mean, 0));
        double scale = sd > 0 ? 1 / sd : 1;
        for (int i = offset; i < offset + n; i++) {
            out[i] = (float) ((out[i] - mean) * scale);
        }
    }
}
