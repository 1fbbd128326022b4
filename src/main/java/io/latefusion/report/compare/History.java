package io.latefusion.report.compare;

import io.latefusion.stats.EDivisive;
import io.latefusion.stats.EDivisive.ChangePoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A benchmark history: every result in a folder (JMH JSON files, run folders with
 * {@code report.json} or {@code jmh.json}), ordered by the time the suite recorded (then commit,
 * then name), and per benchmark the change points of the series of per-result means
 * ({@link EDivisive}). A result without a recorded time is placed by its file's modification time,
 * with a warning.
 *
 * @param results  the results, oldest first
 * @param warnings what the order rests on besides the recorded times
 */
public record History(List<ResultFile> results, List<String> warnings) {

    /** Permutations per significance test: p-values down to 1/200. */
    public static final int PERMUTATIONS = 199;
    /** A split counts when its p-value is below this. */
    public static final double SIGNIFICANCE = 0.05;
    /** The fewest results a segment may hold. */
    public static final int MIN_SEGMENT = 2;

    public History {
        results = List.copyOf(results);
        warnings = List.copyOf(warnings);
    }

    private record Dated(ResultFile file, Instant time) {
    }

    /** Reads every result in {@code dir}; none, or a file that cannot be read, is unusable. */
    public static History read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CompareException(dir + ": not a directory (--history reads a folder of results)");
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new CompareException(dir + ": cannot list (" + e + ")", e);
        }
        List<String> warnings = new ArrayList<>();
        List<Dated> dated = new ArrayList<>();
        for (Path entry : entries) {
            Path file = resultIn(entry);
            if (file != null) {
                ResultFile result = ResultFile.read(file);
                Instant time = result.provenance() == null ? null : result.provenance().startTime().orElse(null);
                if (time == null) {
                    time = modified(file);
                    warnings.add(file + " records no run time; placed by its file time " + time);
                }
                dated.add(new Dated(result, time));
            }
        }
        if (dated.isEmpty()) {
            throw new CompareException(dir + ": no results (expected JMH JSON files or run folders with report.json)");
        }
        dated.sort(Comparator.comparing(Dated::time)
                .thenComparing(d -> d.file().provenance() == null || d.file().provenance().commit() == null
                        ? "" : d.file().provenance().commit())
                .thenComparing(d -> d.file().path()));
        return new History(dated.stream().map(Dated::file).toList(), warnings);
    }

    /** A JSON file, or a run folder's report.json (else its jmh.json); null for anything else. */
    private static Path resultIn(Path entry) {
        if (Files.isRegularFile(entry)) {
            return entry.getFileName().toString().endsWith(".json") ? entry : null;
        }
        return Stream.of("report.json", "jmh.json").map(entry::resolve).filter(Files::isRegularFile).findFirst()
                .orElse(null);
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new CompareException(file + ": cannot read its modification time (" + e + ")", e);
        }
    }

    /** Per benchmark (in order of first appearance) its change points, or {@code no change point}. */
    public String render(Normalisation normalisation, EDivisive detector) {
        Map<JmhResult.Key, List<Point>> series = new LinkedHashMap<>();
        Map<JmhResult.Key, JmhResult> names = new LinkedHashMap<>();
        for (ResultFile file : results) {
            Reference reference = normalisation == Normalisation.REFERENCE ? Reference.of(file) : null;
            List<JmhResult> judged = reference == null ? file.results() : reference.otherResults();
            for (JmhResult r : judged) {
                double value = reference == null ? r.mean() : normalised(r, reference.forResult(r));
                series.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new Point(file, value));
                names.putIfAbsent(r.key(), r);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("history: ").append(results.size()).append(" results, oldest first; E-divisive means (α = 1, ")
                .append(PERMUTATIONS).append(" permutations, p < ").append(SIGNIFICANCE)
                .append(", segments of at least ").append(MIN_SEGMENT).append(")")
                .append(normalisation == Normalisation.REFERENCE ? "; means divided by each file's reference" : "")
                .append('\n');
        series.forEach((key, points) -> {
            JmhResult r = names.get(key);
            out.append('\n').append(r.label()).append(": ").append(points.size()).append(" results\n");
            double[] values = points.stream().mapToDouble(Point::value).toArray();
            if (values.length < 2 * MIN_SEGMENT) {
                out.append("  too few results for a change point (").append(values.length).append(" < ")
                        .append(2 * MIN_SEGMENT).append(")\n");
                return;
            }
            List<ChangePoint> changes = detector.detect(values);
            if (changes.isEmpty()) {
                out.append("  no change point\n");
            }
            for (int c = 0; c < changes.size(); c++) {
                int at = changes.get(c).index();
                int from = c == 0 ? 0 : changes.get(c - 1).index();
                int to = c + 1 < changes.size() ? changes.get(c + 1).index() : values.length;
                double before = mean(values, from, at);
                double after = mean(values, at, to);
                Provenance p = points.get(at).file().provenance();
                out.append("  change point at result ").append(at + 1).append(" of ").append(values.length).append(": ")
                        .append(points.get(at).file().name())
                        .append(" (commit ").append(p == null || p.commit() == null ? "unknown" : p.commit())
                        .append(", ").append(p == null || p.started() == null ? "time unknown" : p.started()).append("): ")
                        .append("mean ").append(GateFormat.number(before)).append(" → ").append(GateFormat.number(after))
                        .append(' ').append(reference(normalisation, r)).append(" (")
                        .append(GateFormat.change(after / before - 1)).append("), p = ")
                        .append(GateFormat.number(changes.get(c).pValue())).append('\n');
            }
        });
        return out.toString();
    }

    private record Point(ResultFile file, double value) {
    }

    /** The result's mean over its reference's: divided in the same direction, multiplied across. */
    private static double normalised(JmhResult result, JmhResult reference) {
        return reference.higherIsBetter() == result.higherIsBetter()
                ? result.mean() / reference.mean() : result.mean() * reference.mean();
    }

    private static String reference(Normalisation normalisation, JmhResult r) {
        return normalisation == Normalisation.REFERENCE ? "(" + r.unit() + " relative to the reference)" : r.unit();
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}
