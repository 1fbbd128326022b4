package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.latefusion.data.DataLayout;
import io.latefusion.data.Split;
import io.latefusion.data.TaskType;
import io.latefusion.data.mmimdb.MmimdbDataOptions;
import io.latefusion.report.GenreTable;
import io.latefusion.train.MultiLabelOptions;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MM-IMDb through configs and the experiment runner: the study's model, multi-label scores, genre table. */
class MmimdbExperimentTest {

    @TempDir
    Path dir;

    private static final List<String> TINY = List.of("data.synthetic.train=200", "data.synthetic.validation=60",
            "data.synthetic.test=60", "data.synthetic.image_size=128", "model.encoders.image.output_size=32",
            "model.encoders.text.output_size=32", "model.multimodal_pooling.size=32", "model.head.hidden=[32]",
            "model.head.dropout=[0.2]", "train.epochs=2", "train.batch_size=32", "pretrain.epochs=1",
            "pretrain.batch_size=32");

    private static ExperimentConfig quick(List<String> more) {
        List<String> overrides = new ArrayList<>(TINY);
        overrides.addAll(more);
        return ConfigLoader.load(Path.of("configs/mmimdb-quick.yaml"), overrides);
    }

    @Test
    void everyBundledMmimdbConfigReadsWithTheStudysModel() {
        for (String name : List.of("quick", "full", "thesis")) {
            ExperimentConfig config = ConfigLoader.load(Path.of("configs/mmimdb-" + name + ".yaml"), List.of());
            assertThat(config.data()).isInstanceOf(MmimdbDataOptions.class);
            assertThat(config.data().task()).isEqualTo(TaskType.MULTI_LABEL);
            assertThat(config.model().head().type().name()).isEqualTo("MAXOUT");
            assertThat(config.train().multiLabelOrStudy()).isEqualTo(MultiLabelOptions.study());
        }
        ExperimentConfig thesis = ConfigLoader.load(Path.of("configs/mmimdb-thesis.yaml"), List.of());
        assertThat(thesis.train().learningRate()).isEqualTo(1e-5);
        assertThat(thesis.train().weightDecay()).isEqualTo(1e-3);
        assertThat(thesis.train().earlyStopping().patience()).isEqualTo(25);
        assertThat(thesis.variants().get(1).learningRateMultipliers()).containsValues(0.1, 0.1);
        assertThat(thesis.model().multimodalPooling().poolingType().key()).isEqualTo("gmu_scalar");
        assertThat(ConfigLoader.loadGrid(Path.of("configs/mmimdb-pooling.yaml"), List.of())).hasSize(10);
    }

    @Test
    void refusesLayoutsAndSettingsMmimdbCannotTake() {
        assertThatThrownBy(() -> quick(List.of("data.layout=multibench")))
                .hasMessageContaining("data.path is required for layout multibench")
                .hasMessageContaining("multimodal_imdb.hdf5");
        assertThatThrownBy(() -> quick(List.of("data.image.source=images")))
                .hasMessageContaining("data.image.source");
        assertThatThrownBy(() -> quick(List.of("train.select_by=accuracy")))
                .hasMessageContaining("f1_samples");
        assertThatThrownBy(() -> quick(List.of("train.multi_label.threshold=1.5")))
                .hasMessageContaining("multi_label.threshold");
    }

    @Test
    void readsARealFormatFileNamedBySetAndSplitByRanges() {
        Path file = dir.resolve("multimodal_imdb.hdf5");
        try (WritableHdfFile out = HdfFile.write(file)) {
            int n = 40;
            float[][] text = new float[n][300];
            float[][] image = new float[n][4096];
            int[][] genres = new int[n][23];
            for (int r = 0; r < n; r++) {
                text[r][r % 300] = 1;
                image[r][r] = 1;
                genres[r][r % 23] = 1;
            }
            out.putDataset("features", text);
            out.putDataset("vgg_features", image);
            out.putDataset("genres", genres);
        }
        ExperimentConfig config = quick(List.of("data.layout=multibench", "data.path=" + dir,
                "data.multibench.train=[0, 24]", "data.multibench.validation=[24, 32]", "data.multibench.test=[32, 40]"));
        assertThat(config.data().layout()).isEqualTo(DataLayout.MULTIBENCH);
        var data = config.data().load(1);
        assertThat(data.split(Split.TEST).size()).isEqualTo(8);
        assertThat(data.classNames().get(0)).isEqualTo("Drama");
    }

    @Test
    void runsScratchAndPretrainedAndPrintsThePerGenreTable() {
        ExperimentRunner runner = new ExperimentRunner(dir, new PrintStream(OutputStream.nullOutputStream()));
        ExperimentSummary summary = runner.run(quick(List.of("train.multi_label.positive_weight=balanced")));
        assertThat(summary.task()).isEqualTo(TaskType.MULTI_LABEL);
        assertThat(summary.variants()).hasSize(2);
        VariantResult pretrained = summary.variants().get(1);
        assertThat(pretrained.testBest().subsets()).containsOnlyKeys("IT", "I", "T");
        assertThat(pretrained.testBest().subsets().get("T")).containsKeys("f1_samples", "f1_weighted", "f1_label/Drama");
        assertThat(pretrained.robustness()).containsOnlyKeys("image", "text");
        String table = GenreTable.render(summary);
        assertThat(table).contains("| Drama |").contains("| Film-Noir |").contains("pretrained T");
        assertThat(table.lines().count()).isEqualTo(2 + 23);
    }
}
