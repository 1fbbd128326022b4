package io.latefusion.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.experiment.ExperimentSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyTableTest {

    @Test
    void comparesEveryVariantWithTheFirstPerSubsetWithTimesAndEfficiency(@TempDir Path dir) throws Exception {
        ExperimentSummary both = SuiteFolder.noneAndAll(dir);

        String table = StudyTable.render(both);

        // test accuracy 0.92 vs 0.95 on AI: +0.03, +3.26 %; training 40 s vs 24 s:
        // efficiency 0.92 / 40 × 1000 = 23, 0.95 / 24 × 1000 = 39.58… → 39.6
        assertThat(table).contains("Baseline: " + SuiteFolder.NONE + ".")
                .contains("| subset AI | accuracy | f1_macro | f1_micro | f1_weighted | pooling params / MACs"
                        + " | train (s) | test (s) | efficiency (accuracy / train s × 1000) |")
                .contains("| " + SuiteFolder.NONE + " | 0.9200 |")
                .contains("| " + SuiteFolder.ALL + " | 0.9500 (+0.0300, +3.3 %) |")
                .contains("| 40.0 | 2.0 | 23 |")
                .contains("| 24.0 | 2.0 | 39.6 |");
    }
}
