package io.latefusion.data.avmnist;

import io.latefusion.data.RandomStream;
import java.util.Arrays;

/**
 * Handwritten-looking 28×28 digits in [0, 1]: the digit's pen strokes under a random affine
 * jitter (rotation ±15°, scale 0.85–1.15, shear, shift ±2 px), drawn as anti-aliased lines of a
 * random width, plus Gaussian pixel noise.
 */
final class DigitImageRenderer implements DigitRenderer {

    static final int SIDE = 28;

    /** Pixels per glyph unit at scale 1: a digit is about 17 px tall, as in MNIST's 20×20 box. */
    private static final double PIXELS_PER_UNIT = 9.5;
    private static final double CENTRE = (SIDE - 1) / 2.0;
    private static final double MAX_ROTATION = StrictMath.toRadians(15);
    private static final double MAX_SHEAR = 0.15;
    private static final double MAX_SHIFT = 2;

    private final double noise;

    /** @param noise standard deviation of the pixel noise, in the [0, 1] intensity scale */
    DigitImageRenderer(double noise) {
        this.noise = noise;
    }

    @Override
    public long[] sampleShape() {
        return new long[] {1, SIDE, SIDE};
    }

    @Override
    public int sampleSize() {
        return SIDE * SIDE;
    }

    @Override
    public void render(int digit, RandomStream rng, float[] out, int offset) {
        double rotation = rng.uniform(-MAX_ROTATION, MAX_ROTATION);
        double scale = PIXELS_PER_UNIT * rng.uniform(0.85, 1.15);
        double shear = rng.uniform(-MAX_SHEAR, MAX_SHEAR);
        double dx = rng.uniform(-MAX_SHIFT, MAX_SHIFT);
        double dy = rng.uniform(-MAX_SHIFT, MAX_SHIFT);
        double halfWidth = rng.uniform(0.8, 1.3);
        double cos = StrictMath.cos(rotation) * scale;
        double sin = StrictMath.sin(rotation) * scale;
        // rotation · shear (x += shear·y) · scale
        double a = cos;
        double b = cos * shear - sin;
        double c = sin;
        double d = sin * shear + cos;

        Arrays.fill(out, offset, offset + SIDE * SIDE, 0f);
        for (double[] stroke : DigitGlyphs.strokes(digit)) {
            double px = CENTRE + dx + a * stroke[0] + b * stroke[1];
            double py = CENTRE + dy + c * stroke[0] + d * stroke[1];
            for (int i = 2; i < stroke.length; i += 2) {
                double qx = CENTRE + dx + a * stroke[i] + b * stroke[i + 1];
                double qy = CENTRE + dy + c * stroke[i] + d * stroke[i + 1];
                drawSegment(px, py, qx, qy, halfWidth, out, offset);
                px = qx;
                py = qy;
            }
        }
        for (int i = offset; i < offset + SIDE * SIDE; i++) {
            double v = out[i] + noise * rng.normal();
            out[i] = (float) Math.min(1, Math.max(0, v));
        }
    }

    /** Max-blends a segment of the given half width, its edge anti-aliased over one pixel. */
    private static void drawSegment(double px, double py, double qx, double qy, double halfWidth,
                                    float[] out, int offset) {
        double reach = halfWidth + 0.5;
        int x0 = Math.max(0, (int) Math.floor(Math.min(px, qx) - reach));
        int x1 = Math.min(SIDE - 1, (int) Math.ceil(Math.max(px, qx) + reach));
        int y0 = Math.max(0, (int) Math.floor(Math.min(py, qy) - reach));
        int y1 = Math.min(SIDE - 1, (int) Math.ceil(Math.max(py, qy) + reach));
        double ex = qx - px;
        double ey = qy - py;
        double lengthSquared = ex * ex + ey * ey;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                double t = lengthSquared == 0 ? 0 : ((x - px) * ex + (y - py) * ey) / lengthSquared;
                t = Math.min(1, Math.max(0, t));
                double fx = x - px - t * ex;
                double fy = y - py - t * ey;
                double coverage = reach - StrictMath.sqrt(fx * fx + fy * fy);
                if (coverage > 0) {
                    int i = offset + y * SIDE + x;
                    out[i] = (float) Math.max(out[i], Math.min(1, coverage));
                }
            }
        }
    }
}
