package io.latefusion.testing;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import io.latefusion.data.ModalityData;
import io.latefusion.data.SplitData;

import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.data.avmnist.SyntheticAvmnist;
import io.latefusion.data.avmnist.SyntheticAvmnistOptions;
import io.latefusion.model.EncoderOptions;
import io.latefusion.model.EncoderType;
import io.latefusion.model.HeadOptions;
import io.latefusion.model.MissingRepresentation;
import io.latefusion.model.ModelOptions;
import io.latefusion.model.fusion.FusionType;
import io.latefusion.model.fusion.MissingPolicy;
import io.latefusion.model.fusion.PoolingOptions;
import io.latefusion.train.EarlyStoppingOptions;
import io.latefusion.train.OptimizerType;
import io.latefusion.train.TargetOptions;
import io.latefusion.train.TrainOptions;
import java.util.List;
import java.util.Map;

/** Tiny data, models and options that train in seconds: what the core tests run on. */
public final class Fixtures {

    private Fixtures() {
    }

    /** {@code --set} overrides that shrink a bundled cell config to seconds of work. */
    public static final List<String> TINY_CELL = List.of(
            "data.synthetic.train=96", "data.synthetic.validation=32", "data.synthetic.test=32",
            "data.synthetic.audio_size=28", "model.encoders.audio.channels=4", "model.encoders.image.channels=4",
            "train.batch_size=16", "train.epochs=2", "pretrain.batch_size=16", "pretrain.epochs=1");

    /** {@code split} with {@code modality}'s inputs replaced by seeded Gaussian noise of the same shape. */
    public static SplitData withNoise(SplitData split, Modality modality, long seed) {
        float[] noise = new float[split.size() * split.input(modality).sampleSize()];
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) random.nextGaussian();
        }
        Map<Modality, ModalityData> inputs = new java.util.EnumMap<>(split.inputs());
        inputs.put(modality, new ModalityData(split.input(modality).sampleShape(), split.size(), noise,
                split.input(modality).lengths()));
        return new SplitData(inputs, split.labels());
    }

    /** Every sample of {@code data}, row-major in one array (small test data only). */
    public static float[] values(ModalityData data) {
        float[] out = new float[data.count() * data.sampleSize()];
        for (int i = 0; i < data.count(); i++) {
            data.copySample(i, out, i * data.sampleSize());
        }
        return out;
    }

    /** The values of a block's trained parameters (BatchNorm running statistics left out), by name. */
    public static Map<String, float[]> trainedValues(Block block) {
        Map<String, float[]> values = new java.util.HashMap<>();
        block.getParameters().forEach(p -> {
            Parameter.Type type = p.getValue().getType();
            if (type != Parameter.Type.RUNNING_MEAN && type != Parameter.Type.RUNNING_VAR) {
                values.put(p.getKey(), p.getValue().getArray().toFloatArray());
            }
        });
        return values;
    }

    /** 480 train / 80 validation / 80 test synthetic AVMNIST samples with 28×28 audio. */
    public static MultimodalDataset tinyAvmnist(long seed) {
        return SyntheticAvmnist.generate(new SyntheticAvmnistOptions(480, 80, 80, 28, 0.95, 0.8, 0.2), seed);
    }

    public static EncoderOptions tinyEncoder(int outputSize) {
        return new EncoderOptions(EncoderType.LENET, outputSize, 8, 1);
    }

    public static ModelOptions tinyModel(MissingRepresentation missing) {
        return tinyModel(missing, new PoolingOptions(FusionType.CONCAT, 8, 0.1, MissingPolicy.ZERO));
    }

    /** Two 16-d LeNet encoders, {@code pooling}, a 32-unit head. */
    public static ModelOptions tinyModel(MissingRepresentation missing, PoolingOptions pooling) {
        return new ModelOptions(Map.of(Modality.AUDIO, tinyEncoder(16), Modality.IMAGE, tinyEncoder(16)),
                pooling, new HeadOptions(List.of(32), List.of(0.1)), missing);
    }

    public static TrainOptions quickTraining(int epochs, String selectBy) {
        return new TrainOptions(32, epochs, OptimizerType.ADAM, 1e-2, 1e-4, new EarlyStoppingOptions(true, 5, 0.0),
                selectBy, new TargetOptions("accuracy", null, 0.5), Map.of());
    }

    /** {@link #quickTraining} with training samples lacking modalities at {@code missing} rates. */
    public static TrainOptions quickTraining(int epochs, Map<Modality, Double> missing) {
        TrainOptions o = quickTraining(epochs, "loss");
        return new TrainOptions(o.batchSize(), o.epochs(), o.optimizer(), o.learningRate(), o.weightDecay(),
                o.earlyStopping(), o.selectBy(), o.target(), missing);
    }
}
