package io.latefusion.report.compare;

import static io.latefusion.report.compare.JmhJson.REFERENCE;
import static io.latefusion.report.compare.JmhJson.TRAIN_STEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.stats.EDivisive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {

    private static final EDivisive DETECTOR = new EDivisive(199, 0.05, 2, 1);

    @TempDir
    Path dir;

    private static JmhJson run(double step, double reference) {
        return JmhJson.results()
                .addSamples(REFERENCE, "thrpt", "ops/s", new double[][] {{reference, reference * 1.001, reference * 0.999}})
                .addSamples(TRAIN_STEP, "thrpt", "ops/s", new double[][] {{step, step * 1.001, step * 0.999}});
    }

    private static Provenance at(String started, String commit) {
        return new Provenance("run-" + commit, started, commit, Map.of("git_commit", commit));
    }

    @Test
    void resultsAreOrderedByRecordedTimeThenCommitAndRunFoldersAreRead() throws Exception {
        run(1, 1).provenance(at("2026-12-03T00:00:00Z", "c3")).write(dir.resolve("a.json"));
        run(1, 1).provenance(at("2026-12-01T00:00:00Z", "c1")).write(dir.resolve("b.json"));
        run(1, 1).provenance(at("2026-12-02T00:00:00Z", "c2b")).write(dir.resolve("c.json"));
        Path folder = Files.createDirectories(dir.resolve("20261202-000000-bench-x"));
        run(1, 1).provenance(at("2026-12-02T00:00:00Z", "c2a")).writeReport(folder.resolve("report.json"));
        Files.writeString(dir.resolve("notes.txt"), "not a result");

        History history = History.read(dir);

        assertThat(history.results()).extracting(r -> r.provenance().commit()).containsExactly("c1", "c2a", "c2b", "c3");
        assertThat(history.results().get(1).name()).isEqualTo("20261202-000000-bench-x/report.json");
        assertThat(history.warnings()).isEmpty();
    }

    @Test
    void aResultWithoutARecordedTimeIsPlacedByItsFileTimeWithAWarning() throws Exception {
        run(1, 1).provenance(at("2026-12-02T00:00:00Z", "c2")).write(dir.resolve("b.json"));
        Path old = run(1, 1).write(dir.resolve("a-old.json"));
        Files.setLastModifiedTime(old, FileTime.fromMillis(0));

        History history = History.read(dir);

        assertThat(history.results()).extracting(ResultFile::name).containsExactly("a-old.json", "b.json");
        assertThat(history.warnings()).singleElement().asString().contains("a-old.json records no run time");
    }

    @Test
    void aShiftOnlyInMachineSpeedIsNoChangePointWhenNormalised() throws Exception {
        // from the 5th result on the machine is 30 % slower: step and reference alike
        for (int i = 0; i < 10; i++) {
            double speed = i < 4 ? 1 : 0.7;
            run(100 * speed, 50 * speed).provenance(at("2026-12-" + (10 + i) + "T00:00:00Z", "c" + i))
                    .write(dir.resolve("r" + i + ".json"));
        }
        History history = History.read(dir);

        String raw = history.render(Normalisation.NONE, DETECTOR);
        String normalised = history.render(Normalisation.REFERENCE, DETECTOR);

        assertThat(raw).contains(TRAIN_STEP + " (thrpt): 10 results\n  change point at result 5 of 10: r4.json (commit c4,"
                + " 2026-12-14T00:00:00Z): mean 100 → 70 ops/s (-30.0%)");
        assertThat(normalised).contains(TRAIN_STEP + " (thrpt): 10 results\n  no change point")
                .doesNotContain(REFERENCE + " (thrpt)");
    }

    @Test
    void aSeriesTooShortSaysSoAndAnEmptyFolderIsUnusable() throws Exception {
        run(1, 1).write(dir.resolve("a.json"));
        run(2, 1).write(dir.resolve("b.json"));

        assertThat(History.read(dir).render(Normalisation.NONE, DETECTOR))
                .contains("too few results for a change point (2 < 4)");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> History.read(empty)).isInstanceOf(CompareException.class)
                .hasMessageStartingWith(empty + ": no results");
    }
}
