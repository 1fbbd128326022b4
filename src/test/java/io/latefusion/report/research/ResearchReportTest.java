package io.latefusion.report.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latefusion.cli.Main;
import io.latefusion.experiment.Mappers;
import io.latefusion.report.ReportException;
import io.latefusion.stats.Correction;
import io.latefusion.train.EarlyStoppingOptions;
import io.latefusion.train.OptimizerType;
import io.latefusion.train.TargetOptions;
import io.latefusion.train.TrainOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchReportTest {

    private static final List<String> CHARTS = List.of("learning-curves", "epochs-to-target", "time-breakdown",
            "relative-change", "cost-quality", "pooling-heatmap");

    @Test
    void aSeededGridGivesTablesTestsAndEveryChartInOneOfflinePage(@TempDir Path dir) throws Exception {
        Path grid = ResultsFixture.grid(dir, 5);
        assertThat(Main.execute("report", grid.toString())).isZero();

        for (String chart : CHARTS) {
            Path svg = grid.resolve("charts/avmnist-" + chart + ".svg");
            assertThat(svg).exists();
            assertThat(Files.readString(svg)).startsWith("<svg");
        }
        String html = Files.readString(grid.resolve("report.html"));
        for (String chart : CHARTS) {
            assertThat(html).contains("<figure id=\"avmnist-" + chart + "\">\n<svg");
        }
        assertThat(count(html, "<svg ")).isEqualTo(CHARTS.size());
        // offline: no scripts, stylesheets or images fetched from anywhere
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img")
                .doesNotContain("src=\"http");
        // SVG clip-path ids of different charts never collide
        List<String> ids = Pattern.compile("clipPath id=\"([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
        assertThat(ids).doesNotHaveDuplicates();

        String md = Files.readString(grid.resolve("report.md"));
        assertThat(md).contains("| pooling-concat_pretrain-none | 5 |")
                .contains("paired t").contains("Wilcoxon signed-rank").contains("p_adj")
                .contains("Holm-Bonferroni").contains("![").contains("(charts/avmnist-learning-curves.svg)");
        // the pre-trained arm is better on accuracy AI, paired over 5 seeds: marked ↑ with stars
        Matcher row = Pattern.compile("\\| pooling-concat_pretrain-all \\| 5 \\| 0\\.9\\d+ ± 0\\.\\d+ ↑\\*+ \\|")
                .matcher(md);
        assertThat(row.find()).as(md).isTrue();
        assertThat(md).contains("reached the target (validation accuracy AI ≥ 0.9) in 5 of 5 runs")
                .contains("is better than pooling-concat_pretrain-none on test accuracy AI")
                .contains("pays for itself after").contains("| best test accuracy AI | ");
        assertThat(md).contains("seed policy: every arm ran the seeds [1, 2, 3, 4, 5]");
        // micro-F1 duplicates accuracy in every run and per-label scores are no task metric:
        // neither enlarges the family of tests
        assertThat(md).contains("f1_macro").doesNotContain("f1_micro").doesNotContain("f1_label/");
    }

    @Test
    void benjaminiHochbergIsAnOption(@TempDir Path dir) throws Exception {
        Path grid = ResultsFixture.grid(dir, 3);
        assertThat(Main.execute("report", grid.toString(), "--correction", "bh")).isZero();
        assertThat(grid.resolve("report.md")).content().contains("Benjamini-Hochberg");
        assertThat(Main.execute("report", grid.toString(), "--correction", "bonferroni")).isEqualTo(2);
    }

    @Test
    void oneRunPerArmSaysNTooSmall(@TempDir Path dir) throws Exception {
        Path run = ResultsFixture.experiment(dir);
        Path md = ResearchReport.build(run, Correction.HOLM).markdown();
        assertThat(md).content().contains("n too small").contains("Repeat with `--seeds 5`")
                .doesNotContain("↑*");
        assertThat(run.resolve("report.html")).exists();
    }

    @Test
    void aMissingRecordMarksTheCellIncomplete(@TempDir Path dir) throws Exception {
        Path grid = ResultsFixture.grid(dir, 5);
        delete(grid.resolve("cells/pooling-sum_pretrain-all_seed-3"));
        delete(grid.resolve("cells/pooling-concat_pretrain-none_seed-2/variants/none/result.json"));
        String md = Files.readString(ResearchReport.build(grid, Correction.HOLM).markdown());
        assertThat(md).contains("| pooling-sum_pretrain-all | 4 of 5, incomplete |")
                .contains("| pooling-concat_pretrain-none | 4 of 5, incomplete |")
                .contains("`pooling-sum_pretrain-all_seed-3` (seed 3)")
                .contains("`pooling-concat_pretrain-none_seed-2/none` (seed 2)");
        // a cell with no record at all is still listed, not dropped
        for (int s = 1; s <= 5; s++) {
            delete(grid.resolve("cells/pooling-sum_pretrain-none_seed-" + s));
        }
        assertThat(ResearchReport.build(grid, Correction.HOLM).markdown()).content()
                .contains("| pooling-sum_pretrain-none / (every variant) | 0, incomplete |");
    }

    @Test
    void mixedConfigsAreRefusedNamingTheKeys(@TempDir Path dir) throws Exception {
        Path grid = ResultsFixture.grid(dir, 2);
        Path config = grid.resolve("cells/pooling-sum_pretrain-all_seed-2/config.yaml");
        ObjectNode tree = (ObjectNode) Mappers.yaml().readTree(config.toFile());
        ((ObjectNode) tree.get("train")).put("learning_rate", 0.001).put("batch_size", 32);
        Files.writeString(config, Mappers.yaml().writeValueAsString(tree));
        assertThatThrownBy(() -> ResearchReport.build(grid, Correction.HOLM).markdown()).isInstanceOf(ReportException.class)
                .hasMessageContaining("mixed configs").hasMessageContaining("train.learning_rate (5.0E-4 vs 0.001)")
                .hasMessageContaining("train.batch_size (128 vs 32)").hasMessageContaining("pooling-sum_pretrain-all, seed 2");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true));
            assertThat(Main.execute("report", grid.toString())).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void theFairnessCheckFlagsAConfoundedLearningRate(@TempDir Path dir) throws Exception {
        Path run = ResultsFixture.experiment(dir);
        Path config = run.resolve("config.yaml");
        Files.writeString(config, Files.readString(config).replace("lr_multiplier: 1.0", "lr_multiplier: 0.1"));
        assertThat(ResearchReport.build(run, Correction.HOLM).markdown()).content()
                .contains("**learning rate**: pretrained has `variant.encoder_training.audio.lr_multiplier = 0.1`");
    }

    @Test
    void theFairnessCheckComparesTheTrainingEachVariantRecordedNotJustItsOverrides(@TempDir Path dir)
            throws Exception {
        Path run = ResultsFixture.experiment(dir);
        // as the MOSI thesis config runs: the pre-trained variant's own train keys over the section
        recordTraining(run.resolve("variants/scratch/result.json"), 1.0e-3, 30);
        recordTraining(run.resolve("variants/pretrained/result.json"), 5.0e-5, 100);
        assertThat(ResearchReport.build(run, Correction.HOLM).markdown()).content()
                .contains("**learning rate**: pretrained has `train.learning_rate = 5.0E-5`, the baseline scratch"
                        + " `0.001`")
                .contains("**epochs**: pretrained has `train.epochs = 100`, the baseline scratch `30`")
                .doesNotContain("(unset)");
    }

    private static void recordTraining(Path result, double learningRate, int epochs) throws Exception {
        ObjectNode json = (ObjectNode) Mappers.json().readTree(result.toFile());
        json.set("train", Mappers.json().valueToTree(new TrainOptions(32, epochs, OptimizerType.ADAM, learningRate,
                1e-3, new EarlyStoppingOptions(false, 10, 0.0), "loss", new TargetOptions("accuracy", null, 0.9),
                Map.of())));
        Files.writeString(result, Mappers.json().writeValueAsString(json));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static void delete(Path path) throws Exception {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
