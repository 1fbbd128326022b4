package io.latefusion.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.experiment.ExperimentSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTableTest {

    @Test
    void rendersOneColumnPerVariantWithTheSharedFormats(@TempDir Path dir) throws Exception {
        ExperimentSummary both = SuiteFolder.noneAndAll(dir);

        String table = SummaryTable.render(both);

        assertThat(table).startsWith("| avmnist (seed 42) | " + SuiteFolder.NONE + " | " + SuiteFolder.ALL
                        + " |\n|---|---:|---:|\n| pooling (missing policy; absent modality as) | concat (zero; "
                        + "zero_embedding) | concat (zero; zero_embedding) |\n")
                .contains("| epoch-1 validation accuracy (AI) | 0.6000 | 0.8000 |\n")
                .contains("| epochs to accuracy ≥ 0.9 on AI (validation) | 6 | 3 |\n")
                .contains("| pre-training audio (s) | — | 10.0 |\n")
                .endsWith("| total = pre-training + training (s) | 40.0 | 54.0 |\n");
    }
}
