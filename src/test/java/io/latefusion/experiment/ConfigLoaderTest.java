package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.latefusion.data.DataLayout;
import io.latefusion.data.Modality;
import io.latefusion.data.avmnist.AvmnistDataOptions;
import io.latefusion.data.avmnist.ImageMapping;
import io.latefusion.model.EncoderType;
import io.latefusion.model.MissingRepresentation;
import io.latefusion.model.fusion.FusionType;
import io.latefusion.model.fusion.MissingPolicy;
import io.latefusion.model.fusion.PoolingOptions;
import io.latefusion.train.MultiLabelOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static ExperimentConfig parse(String yaml, String... overrides) {
        return ConfigLoader.parse("test.yaml", yaml, List.of(overrides));
    }

    @Test
    void anEmptyConfigIsTheDefaults() {
        ExperimentConfig c = parse("");
        assertThat(c.dataset()).isEqualTo("avmnist");
        assertThat(c.data().layout()).isEqualTo(DataLayout.SYNTHETIC);
        assertThat(c.train().learningRate()).isEqualTo(5e-4);
        assertThat(c.train().earlyStopping().patience()).isEqualTo(10);
        assertThat(c.model().missing()).isEqualTo(MissingRepresentation.ZERO_EMBEDDING);
        assertThat(c.model().multimodalPooling())
                .isEqualTo(new PoolingOptions(FusionType.CONCAT, 512, 0.1, MissingPolicy.ZERO));
        assertThat(c.variants()).extracting(VariantConfig::name).containsExactly("scratch", "pretrained");
        assertThat(c.variants().get(1).pretrainedEncoders()).containsEntry(Modality.AUDIO, "auto");
    }

    @Test
    void aFileIsLaidOverTheDefaultsAndOverridesOverBoth() {
        ExperimentConfig c = parse("""
                train:
                  epochs: 7
                model:
                  encoders:
                    audio: {type: resnet18}
                """, "train.learning_rate=0.01", "data.thesis.image_mapping=gist_earth", "variants.1.encoder_training.audio.mode=freeze",
                "model.missing=zero_input");
        assertThat(c.train().epochs()).isEqualTo(7);
        assertThat(c.train().batchSize()).isEqualTo(128);
        assertThat(c.train().learningRate()).isEqualTo(0.01);
        assertThat(c.model().encoder(Modality.AUDIO).type()).isEqualTo(EncoderType.RESNET18);
        assertThat(c.model().encoder(Modality.AUDIO).outputSize()).isEqualTo(64);
        assertThat(c.model().encoder(Modality.IMAGE).type()).isEqualTo(EncoderType.LENET);
        assertThat(((AvmnistDataOptions) c.data()).thesis().imageMapping()).isEqualTo(ImageMapping.GIST_EARTH);
        assertThat(c.variants().get(1).encoderTraining().get(Modality.AUDIO).frozen()).isTrue();
        assertThat(c.variants().get(1).encoderTraining().get(Modality.IMAGE))
                .isEqualTo(new EncoderTraining(EncoderMode.FINETUNE, 1.0));
        assertThat(c.model().missing()).isEqualTo(MissingRepresentation.ZERO_INPUT);
    }

    @Test
    void theResolvedConfigRoundTripsThroughYaml() {
        ExperimentConfig c = parse("seed: 9", "train.target.subset=A");
        ExperimentConfig again = parse(ConfigLoader.toYaml(c));
        assertThat(again).isEqualTo(c);
        assertThat(ConfigLoader.toYaml(c)).contains("learning_rate:").contains("audio:").doesNotContain("AUDIO");
    }

    @Test
    void theThresholdRuleRoundTripsThroughYamlAndTheDefaultIsNotWritten() throws Exception {
        ExperimentConfig tuned = parse("train: {multi_label: {threshold: 0.4, thresholds: tuned}}");
        assertThat(tuned.train().multiLabel()).isEqualTo(new MultiLabelOptions(MultiLabelOptions.PositiveWeight.NONE,
                0.4, MultiLabelOptions.ThresholdRule.TUNED));
        assertThat(ConfigLoader.toYaml(tuned)).contains("thresholds: tuned");
        assertThat(parse(ConfigLoader.toYaml(tuned))).isEqualTo(tuned);
        ExperimentConfig fixed = parse("train: {multi_label: {threshold: 0.4}}");
        assertThat(fixed.train().multiLabel().tuned()).isFalse();
        assertThat(ConfigLoader.toYaml(fixed)).contains("threshold: 0.4").doesNotContain("thresholds:");
        assertThat(parse(ConfigLoader.toYaml(fixed))).isEqualTo(fixed);
        // pre-training cache keys written before the rule existed stay the same
        assertThat(Mappers.json().writeValueAsString(MultiLabelOptions.study()).replaceAll("\\s", ""))
                .isEqualTo("{\"positive_weight\":\"none\",\"threshold\":0.5}");
        assertThatThrownBy(() -> parse("", "train.multi_label.thresholds=best"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("train.multi_label.thresholds")
                .hasMessageContaining("best");
    }

    @Test
    void thePoolingSectionRoundTripsThroughYaml() {
        ExperimentConfig c = parse("model: {multimodal_pooling: {pooling_type: gmu_scalar, size: 64}}",
                "model.multimodal_pooling.missing_policy=exclude");
        assertThat(c.model().multimodalPooling())
                .isEqualTo(new PoolingOptions(FusionType.GMU_SCALAR, 64, 0.1, MissingPolicy.EXCLUDE));
        String yaml = ConfigLoader.toYaml(c);
        assertThat(yaml).contains("multimodal_pooling:").contains("pooling_type: gmu_scalar")
                .contains("missing_policy: exclude").doesNotContain("fusion");
        assertThat(parse(yaml)).isEqualTo(c);
    }

    @Test
    void badPoolingValuesAndTheOldKeyAreNamed() {
        assertThatThrownBy(() -> parse("", "model.multimodal_pooling.pooling_type=foo"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("model.multimodal_pooling.pooling_type").hasMessageContaining("foo")
                .hasMessageContaining("gmu_scalar");
        assertThatThrownBy(() -> parse("model: {multimodal_pooling: {size: 0}}"))
                .hasMessageContaining("model.multimodal_pooling.size: 0");
        assertThatThrownBy(() -> parse("model: {multimodal_pooling: {dropout: 1.5}}"))
                .hasMessageContaining("model.multimodal_pooling.dropout: 1.5");
        assertThatThrownBy(() -> parse("model: {multimodal_pooling: {missing_policy: drop}}"))
                .hasMessageContaining("model.multimodal_pooling.missing_policy").hasMessageContaining("drop");
        assertThatThrownBy(() -> parse("model: {fusion: concat}"))
                .hasMessageContaining("unknown key 'model.fusion'").hasMessageContaining("multimodal_pooling");
    }

    @Test
    void theBundledConfigsParse(@TempDir Path elsewhere) {
        ExperimentConfig quick = ConfigLoader.load(Path.of("configs/avmnist-quick.yaml"), List.of());
        assertThat(quick.name()).isEqualTo("avmnist-quick");
        ExperimentConfig thesis = ConfigLoader.load(Path.of("configs/avmnist-thesis.yaml"), List.of());
        assertThat(thesis.model().encoder(Modality.AUDIO).type()).isEqualTo(EncoderType.RESNET18);
        assertThat(thesis.model().encoder(Modality.IMAGE).type()).isEqualTo(EncoderType.RESNET34);
        assertThat(thesis.train().batchSize()).isEqualTo(128);
        assertThat(thesis.train().target().value()).isEqualTo(0.99);
        assertThat(ConfigLoader.loadGrid(Path.of("configs/avmnist-pooling.yaml"), List.of())).hasSize(10);
        assertThat(ConfigLoader.loadGrid(Path.of("configs/avmnist-missing.yaml"), List.of()))
                .extracting(GridCell::name).containsExactly("audio-0.0", "audio-0.2", "audio-0.9", "image-0.2", "image-0.9");
        for (String name : List.of("avmnist-quick", "avmnist-full", "avmnist-thesis")) {
            assertThat(ConfigLoader.load(Path.of("configs/" + name + ".yaml"), List.of()).model().multimodalPooling())
                    .as(name).isEqualTo(new PoolingOptions(FusionType.CONCAT, 512, 0.1, MissingPolicy.ZERO));
        }
        // a bare name or configs/NAME that does not exist here is found among the bundled configs
        assertThat(ConfigLoader.load(Path.of("avmnist-quick.yaml"), List.of())).isEqualTo(quick);
        // any other missing path is an error, not a silent fallback
        assertThatThrownBy(() -> ConfigLoader.load(elsewhere.resolve("avmnist-quick.yaml"), List.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("no such config file");
    }

    @Test
    void unknownKeysAreNamedWithTheirPath() {
        assertThatThrownBy(() -> parse("train:\n  epoch: 3\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("unknown key 'train.epoch'")
                .hasMessageContaining("epochs");
        assertThatThrownBy(() -> parse("", "train.lerning_rate=1"))
                .hasMessageContaining("unknown key 'train.lerning_rate'");
    }

    @Test
    void outOfRangeValuesAreNamed() {
        assertThatThrownBy(() -> parse("train: {epochs: -1}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("train").hasMessageContaining("epochs: -1");
        assertThatThrownBy(() -> parse("train: {learning_rate: 0}"))
                .hasMessageContaining("learning_rate: 0.0").hasMessageContaining("> 0");
        assertThatThrownBy(() -> parse("dataset: imagenet")).hasMessageContaining("imagenet");
        assertThatThrownBy(() -> parse("train: {epochs: three}")).hasMessageContaining("train.epochs");
        assertThatThrownBy(() -> parse("data: {layout: thesis}")).hasMessageContaining("data.path");
        assertThatThrownBy(() -> parse("model: {missing: zero}")).hasMessageContaining("model.missing");
        assertThatThrownBy(() -> parse("train: {select_by: acc}")).hasMessageContaining("select_by: 'acc'")
                .hasMessageContaining("f1_macro");
        assertThatThrownBy(() -> parse("pretrain: {target: {metric: f1}}")).hasMessageContaining("pretrain")
                .hasMessageContaining("target.metric: 'f1'");
    }

    @Test
    void missingRatesAreReadPerModalityAndOutOfRangeRatesNamed() throws Exception {
        ExperimentConfig c = parse("train: {missing: {audio: 0.2}}", "train.missing.image=0.9");
        assertThat(c.train().missing()).containsExactly(Map.entry(Modality.AUDIO, 0.2), Map.entry(Modality.IMAGE, 0.9));
        assertThat(parse(ConfigLoader.toYaml(c))).isEqualTo(c);
        assertThat(parse("").train().missing()).isEmpty();
        // not written when empty: pre-training cache keys of earlier runs stay valid
        assertThat(Mappers.json().writeValueAsString(c.pretrain())).doesNotContain("missing");
        assertThatThrownBy(() -> parse("train: {missing: {audio: 1.5}}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("train").hasMessageContaining("missing.audio: 1.5");
        assertThatThrownBy(() -> parse("", "train.missing.image=-0.1"))
                .hasMessageContaining("missing.image: -0.1");
        assertThatThrownBy(() -> parse("train: {missing: {smell: 0.2}}")).hasMessageContaining("train.missing")
                .hasMessageContaining("smell");
        assertThatThrownBy(() -> parse("pretrain: {missing: {audio: 0.2}}"))
                .hasMessageContaining("pretrain.missing: {audio: 0.2}");
    }

    @Test
    void encoderTrainingIsResolvedPerPretrainedEncoderAndValidated() {
        ExperimentConfig c = parse("""
                variants:
                  - name: scratch
                  - name: mixed
                    pretrained_encoders: {audio: auto, image: auto}
                    encoder_training: {audio: {mode: freeze}, image: {lr_multiplier: 0.1}}
                """);
        assertThat(c.variants().get(0).encoderTraining()).isEmpty();
        VariantConfig mixed = c.variants().get(1);
        assertThat(mixed.encoderTraining()).containsExactly(
                Map.entry(Modality.AUDIO, new EncoderTraining(EncoderMode.FREEZE, 1.0)),
                Map.entry(Modality.IMAGE, new EncoderTraining(EncoderMode.FINETUNE, 0.1)));
        assertThat(mixed.learningRateMultipliers()).containsExactly(Map.entry(Modality.IMAGE, 0.1));
        assertThat(parse(ConfigLoader.toYaml(c))).isEqualTo(c);
        assertThat(parse("").variants().get(1).encoderTraining().values())
                .containsOnly(EncoderTraining.DEFAULT);

        String variant = "variants=[{name: v, pretrained_encoders: {audio: auto}, encoder_training: ";
        assertThatThrownBy(() -> parse("", variant + "{audio: {lr_multiplier: 0}}}]"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("lr_multiplier: 0.0")
                .hasMessageContaining("> 0");
        assertThatThrownBy(() -> parse("", variant + "{audio: {mode: freeze, lr_multiplier: 0.5}}}]"))
                .hasMessageContaining("lr_multiplier: 0.5").hasMessageContaining("finetune");
        assertThatThrownBy(() -> parse("", variant + "{image: {mode: freeze}}}]"))
                .hasMessageContaining("variants.v.encoder_training.image").hasMessageContaining("not pre-trained");
        assertThatThrownBy(() -> parse("", variant + "{audio: {mode: thaw}}}]")).hasMessageContaining("thaw");
        assertThatThrownBy(() -> parse("", variant.replace("encoder_training: ", "freeze: true}]")))
                .hasMessageContaining("unknown key").hasMessageContaining("freeze");
    }

    @Test
    void malformedYamlAndBadOverridesAreRefused(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> parse("train: [epochs: 3\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("malformed YAML at line");
        assertThatThrownBy(() -> parse("train: {epochs: 1, epochs: 2}")).hasMessageContaining("epochs");
        assertThatThrownBy(() -> parse("", "train.epochs")).hasMessageContaining("key=value");
        assertThatThrownBy(() -> parse("", "seed.x=1")).hasMessageContaining("not a section");
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> ConfigLoader.load(missing, List.of())).hasMessageContaining("nope.yaml");
        Path list = dir.resolve("list.yaml");
        Files.writeString(list, "- a\n- b\n");
        assertThatThrownBy(() -> ConfigLoader.load(list, List.of())).hasMessageContaining("mapping");
    }

    @Test
    void theDataSetsDefaultsComeBetweenTheBuiltInOnesAndTheFile() {
        ExperimentConfig c = parse("");
        assertThat(c.data()).isInstanceOf(AvmnistDataOptions.class);
        assertThat(c.train().target().metric()).isEqualTo("accuracy");
        assertThat(c.pretrain().selectBy()).isEqualTo("accuracy");
        assertThat(ConfigLoader.toYaml(c)).contains("data:\n  dataset: avmnist\n");
    }

    @Test
    void theDataSetCannotBeSwitchedAfterItsDefaultsWereChosen() {
        assertThatThrownBy(() -> parse("data: {dataset: other}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("data.dataset: 'other' disagrees with dataset 'avmnist'");
        assertThatThrownBy(() -> parse("", "dataset=elsewhere")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("dataset: 'elsewhere' differs from 'avmnist'");
        assertThatThrownBy(() -> parse("data: {layout: mmsa, path: x.pkl}")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("data.layout: 'mmsa'").hasMessageContaining("synthetic, thesis, multibench");
    }
}
