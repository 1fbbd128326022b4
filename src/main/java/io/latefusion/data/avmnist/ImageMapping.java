package io.latefusion.data.avmnist;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a raw MNIST pixel (0–255) becomes the network's input value.
 * <ul>
 *   <li>{@link #LINEAR}: value / 255, the usual MNIST scaling (the default).</li>
 *   <li>{@link #GIST_EARTH}: the study's mapping. The pixel indexes matplotlib's 256-entry
 *       {@code gist_earth} colormap; each RGB channel becomes a byte by truncation,
 *       {@code (int) (c * 255)} (numpy's {@code astype(uint8)}); the colour becomes PIL's luma "L",
 *       which PIL computes in fixed point as {@code (19595 R + 38470 G + 7471 B + 0x8000) >> 16} —
 *       R·299/1000 + G·587/1000 + B·114/1000 <em>rounded</em> to the nearest integer (truncating it
 *       misses the study's values by 1/255 at 122 of the 256 pixels); then / 255. Not monotone: 0 → 0,
 *       255 → 0.984314, a dip around 180–200.</li>
 * </ul>
 */
public enum ImageMapping {
    @JsonProperty("linear")
    LINEAR(linearTable()),
    @JsonProperty("gist_earth")
    GIST_EARTH(gistEarthTable());

    private final float[] table;

    ImageMapping(float[] table) {
        this.table = table;
    }

    /** The input value for a pixel 0..255. */
    public float apply(int pixel) {
        return table[pixel];
    }

    /** All 256 input values, indexed by pixel (a copy). */
    public float[] lookupTable() {
        return table.clone();
    }

    private static float[] linearTable() {
        float[] t = new float[256];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / 255f;
        }
        return t;
    }

    private static float[] gistEarthTable() {
        double[][] rgb = GistEarth.lookupTable();
        float[] t = new float[256];
        for (int i = 0; i < t.length; i++) {
            int r = (int) (rgb[0][i] * 255);
            int g = (int) (rgb[1][i] * 255);
            int b = (int) (rgb[2][i] * 255);
            int luma = (r * 19595 + g * 38470 + b * 7471 + 0x8000) >> 16;
            t[i] = luma / 255f;
        }
        return t;
    }
}
