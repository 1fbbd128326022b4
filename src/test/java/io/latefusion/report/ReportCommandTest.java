package io.latefusion.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.cli.Main;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} keeps building the unified report for benchmark suite folders next to the research report. */
class ReportCommandTest {

    @Test
    void aSuiteFolderStillGetsTheUnifiedReport(@TempDir Path dir) throws Exception {
        Path run = SuiteFolder.write(dir);
        assertThat(Main.execute("report", run.toString())).isZero();
        assertThat(run.resolve("report.json")).exists();
        assertThat(run.resolve("cells.csv")).exists();
        assertThat(run.resolve("report.html")).doesNotExist();
    }
}
