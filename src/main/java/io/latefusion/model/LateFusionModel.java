package io.latefusion.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.latefusion.data.Modality;
import io.latefusion.data.ModalitySet;
import io.latefusion.model.fusion.Fusion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Encoders → fusion → classifier head. Input: one array per modality in the set's order, then a
 * presence mask (B, M) of 0/1 floats saying which modalities each sample has, then optionally the
 * samples' sequence lengths (B, M) (see {@link io.latefusion.data.Batch}); output: scores
 * (B, outputs). An absent modality enters as the configured {@link MissingRepresentation}. A
 * {@link SequenceEncoder} gets {@code NDList(x, lengths)} — its column of the lengths — so it can
 * mask the padding; every other encoder gets {@code NDList(x)}.
 */
public final class LateFusionModel extends AbstractBlock {

    private final ModalitySet modalities;
    private final List<Block> encoders = new ArrayList<>();
    private final Fusion fusion;
    private final Block head;
    private final MissingRepresentation missing;
    private final int outputs;

    /** Assembles the model; {@code encoders} must hold one block per member of {@code modalities}. */
    public LateFusionModel(ModalitySet modalities, Map<Modality, Block> encoders, Fusion fusion, Block head,
                           MissingRepresentation missing, int outputs) {
        super((byte) 1);
        this.modalities = modalities;
        for (Modality m : modalities.modalities()) {
            Block encoder = encoders.get(m);
            if (encoder == null) {
                throw new IllegalArgumentException("No encoder for modality " + m.key());
            }
            this.encoders.add(addChildBlock(m.key() + "Encoder", encoder));
        }
        this.fusion = addChildBlock("fusion", fusion);
        this.head = addChildBlock("head", head);
        this.missing = missing;
        this.outputs = outputs;
    }

    public ModalitySet modalities() {
        return modalities;
    }

    /** The encoder block of a modality (for saving, loading and freezing pre-trained weights). */
    public Block encoder(Modality m) {
        return encoders.get(modalities.indexOf(m));
    }

    public Fusion fusion() {
        return fusion;
    }

    /** The number of scores per sample. */
    public int outputs() {
        return outputs;
    }

    public MissingRepresentation missingRepresentation() {
        return missing;
    }

    /**
     * Runs the encoders once; the result can be fused under several masks with {@link #classify}.
     * Only valid for {@link MissingRepresentation#ZERO_EMBEDDING}, where the encoders never see the mask.
     */
    public NDList embed(ParameterStore store, NDList inputs, boolean training) {
        NDList embeddings = new NDList(encoders.size());
        for (int i = 0; i < encoders.size(); i++) {
            embeddings.add(encoders.get(i).forward(store, encoderInput(i, inputs.get(i), inputs), training)
                    .singletonOrThrow());
        }
        return embeddings;
    }

    /** What encoder {@code i} is given for its input {@code x}: x, and its lengths for a sequence encoder. */
    private NDList encoderInput(int i, NDArray x, NDList inputs) {
        int lengthsAt = encoders.size() + 1;
        if (encoders.get(i) instanceof SequenceEncoder && inputs.size() > lengthsAt) {
            return new NDList(x, inputs.get(lengthsAt).get(new NDIndex(":, {}", i)));
        }
        return new NDList(x);
    }

    /** Zeroes the absent embeddings, fuses and classifies. */
    public NDArray classify(ParameterStore store, NDList embeddings, NDArray mask, boolean training) {
        NDList fusionInput = new NDList(embeddings.size() + 1);
        for (int i = 0; i < embeddings.size(); i++) {
            NDArray e = embeddings.get(i);
            fusionInput.add(missing == MissingRepresentation.ZERO_EMBEDDING ? e.mul(column(mask, i, e.getShape())) : e);
        }
        fusionInput.add(mask);
        NDList fused = fusion.forward(store, fusionInput, training);
        return head.forward(store, fused, training).singletonOrThrow();
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray mask = inputs.get(encoders.size());
        NDList embeddings;
        if (missing == MissingRepresentation.ZERO_INPUT) {
            embeddings = new NDList(encoders.size());
            for (int i = 0; i < encoders.size(); i++) {
                NDArray x = inputs.get(i);
                NDArray zeroed = x.mul(column(mask, i, x.getShape()));
                embeddings.add(encoders.get(i).forward(store, encoderInput(i, zeroed, inputs), training)
                        .singletonOrThrow());
            }
        } else {
            embeddings = embed(store, inputs, training);
        }
        return new NDList(classify(store, embeddings, mask, training));
    }

    /** Mask column i reshaped to broadcast over an array of {@code like}'s shape. */
    private static NDArray column(NDArray mask, int i, Shape like) {
        long[] dims = new long[like.dimension()];
        java.util.Arrays.fill(dims, 1);
        dims[0] = like.get(0);
        return mask.get(new NDIndex(":, {}", i)).reshape(new Shape(dims));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), outputs)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape[] fusionInput = new Shape[encoders.size() + 1];
        for (int i = 0; i < encoders.size(); i++) {
            Block encoder = encoders.get(i);
            encoder.initialize(manager, dataType, inputShapes[i]);
            fusionInput[i] = encoder.getOutputShapes(new Shape[] {inputShapes[i]})[0];
        }
        fusionInput[encoders.size()] = inputShapes[encoders.size()];
        fusion.initialize(manager, dataType, fusionInput);
        head.initialize(manager, dataType, fusion.getOutputShapes(fusionInput));
    }
}
