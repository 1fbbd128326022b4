package io.latefusion.testing;

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
