package io.latefusion.data.mmimdb;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableDataset;
import java.nio.file.Path;

/**
 * Writes small MM-IMDb files in the published key layout with jhdf: text value of row r, column c
 * is {@code r + c / 1000}, image {@code -r - c / 10000}, genre l of row r is {@code (r + l) % 3 == 0}.
 */
final class MmimdbFiles {

    private MmimdbFiles() {
    }

    /** What to write; each field can be broken to test refusals. */
    static final class Spec {
        int rows = 12;
        int textWidth = 300;
        int imageWidth = 4096;
        int genreWidth = Genres.COUNT;
        boolean withImageFeatures = true;
        boolean withNames = true;
        boolean chunked;
        int badLabelRow = -1;
        int[] posterShape;
    }

    static float text(int row, int col) {
        return row + col / 1000f;
    }

    static float image(int row, int col) {
        return -row - col / 10000f;
    }

    static boolean genre(int row, int label) {
        return (row + label) % 3 == 0;
    }

    static Path write(Path file, Spec spec) {
        DatasetCreationOptions options = spec.chunked
                ? DatasetCreationOptions.builder().chunkDimensions(5, 64).deflate(4).build()
                : DatasetCreationOptions.DEFAULT;
        try (WritableHdfFile out = HdfFile.write(file)) {
            float[][] text = new float[spec.rows][spec.textWidth];
            float[][] image = new float[spec.rows][spec.imageWidth];
            int[][] genres = new int[spec.rows][spec.genreWidth];
            for (int r = 0; r < spec.rows; r++) {
                for (int c = 0; c < spec.textWidth; c++) {
                    text[r][c] = text(r, c);
                }
                for (int c = 0; c < spec.imageWidth; c++) {
                    image[r][c] = image(r, c);
                }
                for (int l = 0; l < spec.genreWidth; l++) {
                    genres[r][l] = genre(r, l) ? 1 : 0;
                }
            }
            if (spec.badLabelRow >= 0) {
                genres[spec.badLabelRow][1] = 2;
            }
            out.putDataset("features", text, options);
            if (spec.withImageFeatures) {
                out.putDataset("vgg_features", image, options);
            }
            WritableDataset g = out.putDataset("genres", genres);
            if (spec.withNames) {
                String[] names = new String[spec.genreWidth];
                for (int l = 0; l < names.length; l++) {
                    names[l] = "genre" + l;
                }
                g.putAttribute("target_names", names);
            }
            out.putDataset("imdb_ids", new long[spec.rows]);
            if (spec.posterShape != null) {
                int[] s = spec.posterShape;
                int[][][][] posters = new int[spec.rows][s[0]][s[1]][s[2]];
                for (int r = 0; r < spec.rows; r++) {
                    for (int y = 0; y < s[1]; y++) {
                        for (int x = 0; x < s[2]; x++) {
                            posters[r][0][y][x] = (r * 10 + y * s[2] + x) % 256;
                        }
                    }
                }
                out.putDataset("images", posters);
            }
        }
        return file;
    }
}
