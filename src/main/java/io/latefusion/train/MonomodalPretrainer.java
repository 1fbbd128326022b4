package io.latefusion.train;

import ai.djl.nn.Block;
import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.model.EncoderOptions;
import io.latefusion.model.LateFusionModel;
import io.latefusion.model.ModelFactory;
import java.util.Map;

/**
 * Pre-trains one modality's encoder alone: encoder + Linear(→ classes) on that modality, through
 * the same {@link TrainingLoop} as the fusion model, keeping the encoder's weights of the best
 * epoch (by the options' selection score on validation).
 */
public final class MonomodalPretrainer {

    private final TrainOptions options;
    private final Objective objective;

    public MonomodalPretrainer(TrainOptions options, Objective objective) {
        this.options = options;
        this.objective = objective;
    }

    /** The pre-trained encoder's serialised parameters, its training run and its cost. */
    public record Result(Modality modality, byte[] encoderParameters, TrainingRun run) {
    }

    /** Trains {@code modality}'s encoder on {@code data} from {@code seed}. */
    public Result pretrain(Modality modality, EncoderOptions encoder, MultimodalDataset data, long seed,
                           EpochListener listener) {
        LateFusionModel model = ModelFactory.pretrainModel(modality, encoder, data.sampleShape(modality),
                data.numClasses());
        Block encoderBlock = model.encoder(modality);
        byte[][] best = new byte[1][];
        TrainingRun run = new TrainingLoop(options, objective).run(
                data.name() + "-" + modality.key() + "-pretrain", model, data, seed, Map.of(),
                (record, isBest, cap) -> {
                    if (isBest) {
                        best[0] = ParameterSnapshot.of(encoderBlock).bytes();
                    }
                    listener.onEpoch(record, isBest, cap);
                });
        return new Result(modality, best[0], run);
    }
}
