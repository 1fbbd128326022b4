package io.latefusion.data.mmimdb;

import io.latefusion.data.DataException;
import io.latefusion.data.Split;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How MultiBench's single MM-IMDb file is cut into splits ({@code data.multibench}): explicit
 * row ranges {@code [from, to)} for train, validation and test, or three fractions taken in that
 * order from the start, or — with neither — MultiBench's own split (train 0–15552, validation
 * 15552–18160, test 18160–25959), which needs the file to have exactly 25,959 rows.
 *
 * @param train {@code [from, to)} of the training rows, or null (likewise validation, test)
 * @param fractions shares of the rows for train, validation and test (each in (0, 1], sum ≤ 1), or null
 */
public record SplitRanges(List<Long> train, List<Long> validation, List<Long> test, List<Double> fractions) {

    /** MultiBench's split of the 25,959 movies. */
    static final long[][] MULTIBENCH = {{0, 15552}, {15552, 18160}, {18160, 25959}};

    public SplitRanges {
        int given = (train == null ? 0 : 1) + (validation == null ? 0 : 1) + (test == null ? 0 : 1);
        if (given != 0 && given != 3) {
            throw new IllegalArgumentException("Invalid data.multibench: give train, validation and test ranges"
                    + " together (got " + given + " of 3)");
        }
        if (given == 3 && fractions != null) {
            throw new IllegalArgumentException("Invalid data.multibench: give ranges or fractions, not both");
        }
        if (given == 3) {
            train = range("train", train);
            validation = range("validation", validation);
            test = range("test", test);
            requireDisjoint("train", train, "validation", validation);
            requireDisjoint("train", train, "test", test);
            requireDisjoint("validation", validation, "test", test);
        }
        if (fractions != null) {
            fractions = List.copyOf(fractions);
            double sum = 0;
            for (Double f : fractions) {
                if (f == null || !(f > 0 && f <= 1)) {
                    throw new IllegalArgumentException("Invalid data.multibench.fractions: " + fractions
                            + " (expected three shares in (0, 1])");
                }
                sum += f;
            }
            if (fractions.size() != 3 || sum > 1 + 1e-9) {
                throw new IllegalArgumentException("Invalid data.multibench.fractions: " + fractions
                        + " (expected three shares for train, validation, test summing to at most 1)");
            }
        }
    }

    /** MultiBench's split (no ranges, no fractions). */
    public static SplitRanges multibench() {
        return new SplitRanges(null, null, null, null);
    }

    /**
     * The rows {@code [from, to)} of each split in a file of {@code rows} rows.
     *
     * @throws DataException when the ranges do not fit the file, or MultiBench's split is asked of a
     *     file that does not have 25,959 rows
     */
    public Map<Split, long[]> resolve(long rows, Path file) {
        Map<Split, long[]> out = new EnumMap<>(Split.class);
        if (train != null) {
            out.put(Split.TRAIN, new long[] {train.get(0), train.get(1)});
            out.put(Split.VALIDATION, new long[] {validation.get(0), validation.get(1)});
            out.put(Split.TEST, new long[] {test.get(0), test.get(1)});
            out.forEach((split, r) -> {
                if (r[1] > rows) {
                    throw new DataException(file + " has " + rows + " rows, but data.multibench." + split.key()
                            + " asks for rows " + r[0] + ".." + r[1] + " (expected ranges within 0.." + rows + ")");
                }
            });
        } else if (fractions != null) {
            long from = 0;
            for (Split split : Split.values()) {
                long count = (long) Math.floor(rows * fractions.get(split.ordinal()));
                if (count < 1) {
                    throw new DataException(file + " has " + rows + " rows: data.multibench.fractions " + fractions
                            + " leaves the " + split.key() + " split empty");
                }
                out.put(split, new long[] {from, from + count});
                from += count;
            }
        } else {
            if (rows != Genres.TOTAL) {
                throw new DataException(file + " has " + rows + " rows, but MultiBench's split (train 0–15552,"
                        + " validation 15552–18160, test 18160–25959) needs " + Genres.TOTAL
                        + ": set data.multibench.{train,validation,test} ranges or data.multibench.fractions");
            }
            for (Split split : Split.values()) {
                out.put(split, MULTIBENCH[split.ordinal()].clone());
            }
        }
        return out;
    }

    private static void requireDisjoint(String a, List<Long> ra, String b, List<Long> rb) {
        if (ra.get(0) < rb.get(1) && rb.get(0) < ra.get(1)) {
            throw new IllegalArgumentException("Invalid data.multibench: " + a + " " + ra + " and " + b + " " + rb
                    + " overlap (expected disjoint row ranges)");
        }
    }

    private static List<Long> range(String name, List<Long> range) {
        if (range.size() != 2 || range.get(0) == null || range.get(1) == null || range.get(0) < 0
                || range.get(1) <= range.get(0)) {
            throw new IllegalArgumentException("Invalid data.multibench." + name + ": " + range
                    + " (expected [from, to) with 0 ≤ from < to)");
        }
        return List.copyOf(range);
    }
}
