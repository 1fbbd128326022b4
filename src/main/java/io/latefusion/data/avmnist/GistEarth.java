package io.latefusion.data.avmnist;

/**
 * matplotlib's {@code gist_earth} colormap as the 256-entry RGB lookup table matplotlib builds from
 * its segment data ({@code _gist_earth_data}) with {@code _create_lookup_table(256, data)}: at
 * x = i/255 the colour is linearly interpolated between the enclosing segment points, entry 0 is the
 * first point's y1, entry 255 the last point's y0, and every value is clipped to [0, 1].
 */
final class GistEarth {

    private static final int N = 256;

    /** Rows of (x, y0, y1) per channel, as matplotlib's {@code _cm.py} lists them. */
    private static final double[][] RED = {
        {0.0, 0.0, 0.0}, {0.2824, 0.1882, 0.1882}, {0.4588, 0.2714, 0.2714}, {0.5490, 0.4719, 0.4719},
        {0.6980, 0.7176, 0.7176}, {0.7882, 0.7553, 0.7553}, {1.0, 0.9922, 0.9922}};
    private static final double[][] GREEN = {
        {0.0, 0.0, 0.0}, {0.0275, 0.0, 0.0}, {0.1098, 0.1893, 0.1893}, {0.1647, 0.3035, 0.3035},
        {0.2078, 0.3841, 0.3841}, {0.2824, 0.5020, 0.5020}, {0.5216, 0.6397, 0.6397}, {0.6980, 0.7171, 0.7171},
        {0.7882, 0.6392, 0.6392}, {0.7922, 0.6413, 0.6413}, {0.8, 0.6447, 0.6447}, {0.8078, 0.6481, 0.6481},
        {0.8157, 0.6549, 0.6549}, {0.8667, 0.6991, 0.6991}, {0.8745, 0.7103, 0.7103}, {0.8824, 0.7216, 0.7216},
        {0.8902, 0.7323, 0.7323}, {0.8980, 0.7430, 0.7430}, {0.9412, 0.8275, 0.8275}, {0.9569, 0.8635, 0.8635},
        {0.9647, 0.8816, 0.8816}, {0.9961, 0.9733, 0.9733}, {1.0, 0.9843, 0.9843}};
    private static final double[][] BLUE = {
        {0.0, 0.0, 0.0}, {0.0039, 0.1684, 0.1684}, {0.0078, 0.2212, 0.2212}, {0.0275, 0.4329, 0.4329},
        {0.0314, 0.4549, 0.4549}, {0.2824, 0.5004, 0.5004}, {0.4667, 0.2748, 0.2748}, {0.5451, 0.3205, 0.3205},
        {0.7843, 0.3961, 0.3961}, {0.8941, 0.6651, 0.6651}, {1.0, 0.9843, 0.9843}};

    private GistEarth() {
    }

    /** The lookup table: {@code [channel][index]}, channels R, G, B, values in [0, 1]. */
    static double[][] lookupTable() {
        return new double[][] {channel(RED), channel(GREEN), channel(BLUE)};
    }

    /** One channel's 256 entries, computed the way matplotlib's {@code _create_lookup_table} does. */
    private static double[] channel(double[][] segments) {
        int last = segments.length - 1;
        double[] x = new double[segments.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = segments[k][0] * (N - 1);
        }
        double[] lut = new double[N];
        lut[0] = segments[0][2];
        lut[N - 1] = segments[last][1];
        double step = 1.0 / (N - 1);
        for (int i = 1; i < N - 1; i++) {
            double xi = (N - 1) * (i * step);
            int k = 1;
            while (x[k] < xi) { // numpy.searchsorted(x, xi, side='left')
                k++;
            }
            double distance = (xi - x[k - 1]) / (x[k] - x[k - 1]);
            lut[i] = distance * (segments[k][1] - segments[k - 1][2]) + segments[k - 1][2];
        }
        for (int i = 0; i < N; i++) {
            lut[i] = Math.min(1.0, Math.max(0.0, lut[i]));
        }
        return lut;
    }
}
