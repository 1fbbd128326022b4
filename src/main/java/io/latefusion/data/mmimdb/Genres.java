package io.latefusion.data.mmimdb;

import java.util.List;

/**
 * MM-IMDb's 23 genres in the order of {@code multimodal_imdb.hdf5}'s {@code target_names} (most
 * frequent first), with each genre's share of the 25,959 movies (Arevalo et al., 2017, Table 1):
 * the names a file without {@code target_names} gets, and the synthetic generator's imbalance.
 */
public final class Genres {

    /** The number of genres. */
    public static final int COUNT = 23;

    /** The genre names, in the file's order. */
    public static final List<String> NAMES = List.of("Drama", "Comedy", "Romance", "Thriller", "Crime", "Action",
            "Adventure", "Horror", "Documentary", "Mystery", "Sci-Fi", "Fantasy", "Family", "Biography", "War",
            "History", "Music", "Animation", "Musical", "Western", "Sport", "Short", "Film-Noir");

    /** Movies per genre among the 25,959, in the order of {@link #NAMES}. */
    private static final int[] MOVIES = {13967, 8592, 5364, 5192, 3838, 3550, 2710, 2703, 2082, 2057, 1991, 1933,
        1668, 1343, 1335, 1143, 1045, 997, 841, 705, 634, 471, 338};

    /** The number of movies in the data set. */
    public static final int TOTAL = 25959;

    private Genres() {
    }

    /** The share of movies that have each genre, in the order of {@link #NAMES}. */
    public static double[] prevalence() {
        double[] p = new double[COUNT];
        for (int i = 0; i < COUNT; i++) {
            p[i] = MOVIES[i] / (double) TOTAL;
        }
        return p;
    }
}
