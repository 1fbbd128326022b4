package io.latefusion.experiment;

import io.latefusion.data.Datasets;
import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.model.ModelFactory;
import io.latefusion.train.Objective;
import io.latefusion.train.TrainingSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A grid cell made ready to time: its config, its data, and on demand the late-fusion training
 * session (pre-trained encoders obtained through the same cache as the quality runner) and one
 * monomodal pre-training session per encoder the mask pre-trains. What the benchmarks hold.
 */
public final class PreparedCell implements AutoCloseable {

    private final Cell cell;
    private final ExperimentConfig config;
    private final MultimodalDataset data;
    private final Objective objective;
    private final Objective pretrainObjective;
    private final Path cacheRoot;
    private VariantModel variant;
    private TrainingSession session;
    private final List<TrainingSession> pretrainSessions = new ArrayList<>();

    private PreparedCell(Cell cell, ExperimentConfig config, Path cacheRoot) {
        this.cell = cell;
        this.config = config;
        this.cacheRoot = cacheRoot;
        this.data = Datasets.load(config.dataset(), config.data(), config.seed());
        this.objective = Objective.of(data, config.train().multiLabelOrStudy());
        this.pretrainObjective = Objective.of(data, config.pretrain().multiLabelOrStudy());
    }

    /** Loads the cell's data; pre-trained encoders are looked up (or made) under {@code cacheRoot}. */
    public static PreparedCell prepare(Cell cell, Path cacheRoot, List<String> overrides) {
        return new PreparedCell(cell, cell.config(overrides), cacheRoot);
    }

    public Cell cell() {
        return cell;
    }

    public ExperimentConfig config() {
        return config;
    }

    public MultimodalDataset data() {
        return data;
    }

    /** The late-fusion training session, its pre-trained encoders loaded (opened on first use). */
    public TrainingSession session() {
        if (session == null) {
            // one folder per cell: encoders of other configs (scales, overrides) never overwrite these
            PretrainedEncoders store = new PretrainedEncoders(cacheRoot, cacheRoot.resolve("encoders-" + cell.id()));
            Map<Modality, PretrainedEncoders.Saved> encoders = new EnumMap<>(Modality.class);
            for (Modality m : cell.pretrained()) {
                encoders.put(m, store.obtain(data, m, config.model().encoder(m), config.pretrain(), config.seed(),
                        pretrainObjective, (record, best, cap) -> { }));
            }
            VariantConfig spec = config.variants().get(0);
            variant = VariantModel.build(config, spec, data, encoders);
            session = TrainingSession.open(cell.id(), variant.model(), data, config.trainOf(spec), objective, config.seed(),
                    spec.learningRateMultipliers());
        }
        return session;
    }

    /** One pre-training session (encoder + linear head) per encoder the mask pre-trains; empty for none. */
    public List<TrainingSession> pretrainSessions() {
        if (pretrainSessions.isEmpty()) {
            for (Modality m : cell.pretrained()) {
                pretrainSessions.add(TrainingSession.open(cell.id() + "-pretrain-" + m.key(),
                        ModelFactory.pretrainModel(m, config.model().encoder(m), data.sampleShape(m), data.numClasses()),
                        data, config.pretrain(), pretrainObjective, config.seed(), Map.of()));
            }
        }
        return pretrainSessions;
    }

    @Override
    public void close() {
        pretrainSessions.forEach(TrainingSession::close);
        if (session != null) {
            session.close();
        }
        if (variant != null) {
            variant.close();
        }
    }
}
