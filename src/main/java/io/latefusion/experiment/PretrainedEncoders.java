package io.latefusion.experiment;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import io.latefusion.data.DataException;
import io.latefusion.data.Modality;
import io.latefusion.data.MultimodalDataset;
import io.latefusion.model.EncoderOptions;
import io.latefusion.train.EpochListener;
import io.latefusion.train.EpochRecord;
import io.latefusion.train.MonomodalPretrainer;
import io.latefusion.train.Objective;
import io.latefusion.train.TrainOptions;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Pre-trained encoders on disk: saved as
 * {@code <run>/pretrain/<dataset>_<Modality>Encoder_Pretrain/models/encoder_<modality>_best.params}
 * with a JSON sidecar, found again by their cache key (data fingerprint, modality, encoder and
 * pre-training config, seed) in any earlier run under the results root, and loaded into an encoder
 * before its trainer initialises (loading afterwards is silently ignored by DJL).
 */
public final class PretrainedEncoders {

    /**
     * Part of every cache key: raised whenever a change to training or the model makes encoders
     * saved before it unfit for reuse (2: single-encoder models train their encoder; 3: PyTorch-style head initialisation).
     */
    static final int CACHE_VERSION = 3;

    private final Path resultsRoot;
    private final Path runDir;

    public PretrainedEncoders(Path resultsRoot, Path runDir) {
        this.resultsRoot = resultsRoot;
        this.runDir = runDir;
    }

    /** A saved encoder: its parameter file, its sidecar, and whether an earlier run made it. */
    public record Saved(Path params, EncoderCheckpoint checkpoint, boolean reused) {
    }

    /** The folder of one pre-trained encoder inside a run folder. */
    public static Path folder(Path run, String dataset, Modality m) {
        return run.resolve("pretrain").resolve(dataset + "_" + m.title() + "Encoder_Pretrain");
    }

    /** The cache key of an encoder pre-trained with these inputs. */
    public static String key(MultimodalDataset data, Modality m, EncoderOptions encoder, TrainOptions pretrain,
                             long seed) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String text = CACHE_VERSION + "|" + data.name() + "|" + data.fingerprint() + "|" + m.key() + "|"
                    + Arrays.toString(data.sampleShape(m)) + "|" + Mappers.json().writeValueAsString(encoder) + "|"
                    + Mappers.json().writeValueAsString(pretrain) + "|" + seed;
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The encoder of {@code m}: reused from any run under the results root whose sidecar has the
     * same key, else pre-trained now and saved in this run's folder (parameters, then sidecar, each
     * atomically). The key is looked up and computed under its lock
     * ({@code <results root>/.locks/encoder-<key>.lock}, see {@link Locks}), so of processes sharing the
     * results root one pre-trains it and the others wait, then reuse what it saved.
     */
    public Saved obtain(MultimodalDataset data, Modality m, EncoderOptions encoder, TrainOptions pretrain,
                        long seed, Objective objective, EpochListener listener) {
        String key = key(data, m, encoder, pretrain, seed);
        try (Locks.Held lock = Locks.acquire(Locks.file(resultsRoot, "encoder-" + key))) {
            Optional<Saved> cached = find(data.name(), m, key);
            if (cached.isPresent()) {
                return cached.get();
            }
            MonomodalPretrainer.Result result = new MonomodalPretrainer(pretrain, objective)
                    .pretrain(m, encoder, data, seed, listener);
            EpochRecord best = result.run().best();
            Path models = folder(runDir, data.name(), m).resolve("models");
            Path params = models.resolve("encoder_" + m.key() + "_best.params");
            EncoderCheckpoint checkpoint = new EncoderCheckpoint(data.name(), m.key(), Arrays.toString(data.sampleShape(m)),
                    encoder, pretrain, seed, data.fingerprint(), key, best.epoch(), pretrain.selectBy(),
                    best.validation().subsets().get(String.valueOf(m.letter())), result.run().trainSeconds(),
                    Instant.now().toString());
            AtomicFiles.writeJson(folder(runDir, data.name(), m).resolve("epoch_metrics.json"), result.run().epochs());
            AtomicFiles.write(params, result.encoderParameters());
            AtomicFiles.writeJson(sidecar(params), checkpoint);
            return new Saved(params, checkpoint, false);
        }
    }

    /** Reads a saved encoder given by path; its sidecar, when present, must match this encoder. */
    public static Saved open(Path params, MultimodalDataset data, Modality m, EncoderOptions encoder) {
        if (!Files.isRegularFile(params)) {
            throw new DataException(params + ": no such pre-trained encoder file (expected a .params file)");
        }
        Path sidecar = sidecar(params);
        EncoderCheckpoint checkpoint = null;
        if (Files.isRegularFile(sidecar)) {
            checkpoint = readSidecar(sidecar);
            if (!checkpoint.modality().equals(m.key()) || !checkpoint.encoder().equals(encoder)
                    || !checkpoint.sampleShape().equals(Arrays.toString(data.sampleShape(m)))) {
                throw new DataException(params + ": saved for modality " + checkpoint.modality() + ", encoder "
                        + checkpoint.encoder() + ", input " + checkpoint.sampleShape() + "; expected " + m.key() + ", "
                        + encoder + ", input " + Arrays.toString(data.sampleShape(m)));
            }
        }
        return new Saved(params, checkpoint, true);
    }

    /** Loads saved parameters into a freshly built, uninitialised encoder. */
    public static void load(Saved saved, Block encoder, NDManager manager) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(saved.params())))) {
            encoder.loadParameters(manager, in);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            throw new DataException(saved.params() + ": not a parameter file of this encoder ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private Optional<Saved> find(String dataset, Modality m, String key) {
        if (!Files.isDirectory(resultsRoot)) {
            return Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> runs = Files.list(resultsRoot)) {
            runs.sorted().forEach(run -> {
                Path params = folder(run, dataset, m).resolve("models").resolve("encoder_" + m.key() + "_best.params");
                if (Files.isRegularFile(params) && Files.isRegularFile(sidecar(params))) {
                    candidates.add(params);
                }
            });
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Path params : candidates) {
            EncoderCheckpoint checkpoint;
            try {
                checkpoint = readSidecar(sidecar(params));
            } catch (DataException unreadable) {
                continue;
            }
            if (key.equals(checkpoint.key())) {
                return Optional.of(new Saved(params, checkpoint, !params.startsWith(runDir)));
            }
        }
        return Optional.empty();
    }

    private static Path sidecar(Path params) {
        String name = params.getFileName().toString().replaceFirst("\\.params$", "");
        return params.resolveSibling(name + ".json");
    }

    private static EncoderCheckpoint readSidecar(Path sidecar) {
        try {
            return Mappers.json().readValue(sidecar.toFile(), EncoderCheckpoint.class);
        } catch (IOException e) {
            throw new DataException(sidecar + ": unreadable encoder sidecar (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")", e);
        }
    }
}
