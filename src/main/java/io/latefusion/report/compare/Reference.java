package io.latefusion.report.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;

/**
 * A file's reference benchmark (a method named {@code reference}, e.g. a fixed matrix product):
 * the yardstick that {@code --normalise reference} divides every result of the same file by, so
 * that a machine twice as slow leaves the gate's ratio unchanged.
 *
 * <p>The quotient must move with machine speed the same way in both files, so the reference is
 * taken in the result's own mode when the file has it, else in a mode of the same direction.
 * A result in the same direction as the reference is divided by it (throughput ÷ reference
 * throughput, time ÷ reference time); one in the opposite direction is multiplied by it
 * (time × reference throughput), which is time ÷ reference time again. The gate resamples the
 * reference's samples too, so its noise widens the interval.
 */
final class Reference {

    /** The method name that marks a reference benchmark. */
    static final String METHOD = "reference";

    private final ResultFile file;
    private final Map<Mode, JmhResult> byMode;

    private Reference(ResultFile file, Map<Mode, JmhResult> byMode) {
        this.file = file;
        this.byMode = byMode;
    }

    static boolean isReference(JmhResult result) {
        return result.method().equals(METHOD);
    }

    /** The reference results of {@code file}, one per mode; none, or two in one mode, is unusable. */
    static Reference of(ResultFile file) {
        Map<Mode, JmhResult> byMode = new LinkedHashMap<>();
        for (JmhResult r : file.results()) {
            if (isReference(r) && byMode.putIfAbsent(r.mode(), r) != null) {
                throw new CompareException(file.path() + ": two reference results in mode " + r.mode().shortLabel()
                        + " (" + byMode.get(r.mode()).label() + ", " + r.label() + "): cannot tell which to normalise by");
            }
        }
        if (byMode.isEmpty()) {
            throw new CompareException(file.path() + ": no reference benchmark (a method named '" + METHOD
                    + "', e.g. io.latefusion.bench.ReferenceBenchmark.reference), which --normalise reference needs");
        }
        return new Reference(file, byMode);
    }

    /** Fails unless {@code other} has references in the same modes and units, so both files scale alike. */
    void requireComparable(Reference other) {
        if (!describe().equals(other.describe())) {
            throw new CompareException(file.path() + " and " + other.file.path() + ": the reference benchmarks differ ("
                    + describe() + " vs " + other.describe() + "), so the normalised scores would not compare");
        }
    }

    /** The file's results other than the reference itself. */
    List<JmhResult> otherResults() {
        return file.results().stream().filter(r -> !isReference(r)).toList();
    }

    /** The reference that {@code result} is normalised by (see the class comment for the choice). */
    JmhResult forResult(JmhResult result) {
        return byMode.containsKey(result.mode()) ? byMode.get(result.mode())
                : byMode.values().stream().filter(r -> r.higherIsBetter() == result.higherIsBetter()).findFirst()
                        .orElse(byMode.values().iterator().next());
    }

    private String describe() {
        return byMode.values().stream().map(r -> r.mode().shortLabel() + " " + r.unit())
                .sorted().collect(Collectors.joining(", "));
    }
}
