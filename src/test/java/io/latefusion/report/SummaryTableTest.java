package io.latefusion.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.experiment.ExperimentSummary;
import io.latefusion.experiment.Mappers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTableTest {

    @Test
    void rendersOneColumnPerVariantWithTheSharedFormats(@TempDir Path dir) throws Exception {
        SuiteFolder.writeQuality(dir);
        ExperimentSummary none = Mappers.json().readValue(
                dir.resolve("quality/20250105-101600-none-aaaaaa/summary.json").toFile(), ExperimentSummary.class);
        ExperimentSummary all = Mappers.json().readValue(
                dir.resolve("quality/20250105-102000-all-bbbbbb/summary.json").toFile(), ExperimentSummary.class);
        ExperimentSummary both = new ExperimentSummary("r", "c", "avmnist", 42, "s", Map.of(),
                List.of(none.variants().get(0), all.variants().get(0)), null);

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
