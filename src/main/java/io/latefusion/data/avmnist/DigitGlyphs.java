package io.latefusion.data.avmnist;

import java.util.Arrays;

/**
 * Pen-stroke skeletons of the ten digits, as handwriting draws them: each digit is a few
 * polylines in glyph units, x in about [-0.6, 0.6] and y in [-0.9, 0.9], y pointing down.
 * Curves are polygons of short segments, fine enough at 28×28.
 */
final class DigitGlyphs {

    private static final int ARC_STEPS = 16;

    /** STROKES[d] = the polylines of digit d, each as x0, y0, x1, y1, ... */
    private static final double[][][] STROKES = {
        {arc(0, 0, 0.5, 0.9, 0, 360)},
        {line(-0.3, -0.55, 0.05, -0.9, 0.05, 0.9)},
        {join(arc(0, -0.42, 0.48, 0.46, 200, 380), line(0.45, -0.25, -0.55, 0.9, 0.55, 0.9))},
        {join(arc(0, -0.45, 0.45, 0.45, 200, 450), arc(0, 0.42, 0.5, 0.48, 270, 520))},
        {line(0.25, -0.9, -0.55, 0.35, 0.6, 0.35), line(0.25, -0.5, 0.25, 0.9)},
        {join(line(0.5, -0.9, -0.35, -0.9, -0.45, -0.1), arc(0, 0.38, 0.5, 0.5, 230, 510))},
        {join(line(0.4, -0.9, -0.15, -0.5, -0.45, 0.05), arc(0, 0.45, 0.48, 0.45, 180, 540))},
        {line(-0.55, -0.9, 0.55, -0.9, -0.1, 0.9)},
        {arc(0, -0.47, 0.4, 0.43, 0, 360), arc(0, 0.45, 0.5, 0.45, 0, 360)},
        {arc(0, -0.45, 0.48, 0.45, 0, 360), line(0.48, -0.45, 0.42, 0.2, 0.1, 0.9)},
    };

    private DigitGlyphs() {
    }

    /** The polylines of {@code digit} (0..9); callers must not modify them. */
    static double[][] strokes(int digit) {
        return STROKES[digit];
    }

    /** A polyline through the given points. */
    private static double[] line(double... xy) {
        return xy;
    }

    /** An elliptic arc, angles in degrees, clockwise on screen (y down) from 0° at the right. */
    private static double[] arc(double cx, double cy, double rx, double ry, double fromDeg, double toDeg) {
        int steps = (int) Math.ceil(ARC_STEPS * Math.abs(toDeg - fromDeg) / 360);
        double[] xy = new double[2 * (steps + 1)];
        for (int i = 0; i <= steps; i++) {
            double a = StrictMath.toRadians(fromDeg + (toDeg - fromDeg) * i / steps);
            xy[2 * i] = cx + rx * StrictMath.cos(a);
            xy[2 * i + 1] = cy + ry * StrictMath.sin(a);
        }
        return xy;
    }

    /** One polyline made of several drawn one after another without lifting the pen. */
    private static double[] join(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }
}
