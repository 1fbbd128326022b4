package io.latefusion.model.fusion;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import io.latefusion.model.ParameterCounts;

/**
 * A pluggable pooling block. Its input is the M modality embeddings (B, d_m) in the model's
 * modality order (absent ones already zeroed when the model represents missing data that way)
 * followed by the presence mask (B, M) of 0/1 floats, at least one 1 per row; its output is one
 * fused vector per sample.
 *
 * <p>For the report every pooling states its size and cost: {@link #parameterCount()} and
 * {@link #flopsEstimate(int[])}, the multiply-adds of one sample's forward pass counted by one
 * rule — a {@code Linear(in→out)} costs in·out, a weighted sum over modalities Σ_m w_m·p_m of
 * width s costs M·s; additions (sums, means, bias adds), maxima, activations, the softmax,
 * dropout and the masking of absent modalities are not counted. The count is the same under
 * either {@link MissingPolicy}.
 */
public abstract class Fusion extends AbstractBlock {

    private final int modalities;

    Fusion(int modalities) {
        super((byte) 1);
        if (modalities < 1) {
            throw new IllegalArgumentException("A fusion needs at least one modality, got " + modalities);
        }
        this.modalities = modalities;
    }

    /** Builds the pooling {@code options} ask for, over {@code modalities} embeddings. */
    public static Fusion of(PoolingOptions options, int modalities) {
        int size = options.size();
        double dropout = options.dropout();
        MissingPolicy policy = options.missingPolicy();
        return switch (options.poolingType()) {
            case CONCAT -> new ConcatFusion(modalities);
            case SUM -> new SumFusion(modalities, size, dropout, policy);
            case AVG -> new AvgFusion(modalities, size, dropout, policy);
            case MAX -> new MaxFusion(modalities, size, dropout, policy);
            case GATED -> new GatedFusion(modalities, size, dropout, policy);
            case GMU -> new GmuFusion(modalities, size, policy);
            case GMU_SCALAR -> new ScalarGmuFusion(modalities, size, policy);
            case ATTENTION -> new AttentionFusion(modalities, size, dropout, policy);
        };
    }

    /** Concatenation over {@code modalities} embeddings (the pre-training model's, with one). */
    public static Fusion concat(int modalities) {
        return new ConcatFusion(modalities);
    }

    /** Which pooling this is, for records and reports. */
    public abstract FusionType type();

    /** The number of embeddings M this pooling fuses. */
    public int modalities() {
        return modalities;
    }

    /**
     * The trainable parameters, counted as PyTorch's {@code sum(p.numel() for p in parameters())}.
     *
     * @throws IllegalStateException before the block is initialised (input widths are inferred then)
     */
    public long parameterCount() {
        return ParameterCounts.parameterCount(this);
    }

    /**
     * The multiply-adds of one sample's forward pass for these embedding widths, counted by the
     * rule in the class comment.
     *
     * @param embeddingSizes d_m of each modality, in the model's modality order
     */
    public final long flopsEstimate(int[] embeddingSizes) {
        if (embeddingSizes.length != modalities) {
            throw new IllegalArgumentException("Expected " + modalities + " embedding sizes for " + type().key()
                    + ", got " + embeddingSizes.length);
        }
        return multiplyAdds(embeddingSizes);
    }

    /** {@link #flopsEstimate(int[])} for sizes already checked to be M. */
    abstract long multiplyAdds(int[] embeddingSizes);

    @Override
    protected void beforeInitialize(Shape... inputShapes) {
        if (inputShapes.length != modalities + 1) {
            throw new IllegalArgumentException("Fusion " + type().key() + " expects " + modalities
                    + " embeddings and the presence mask, got " + inputShapes.length + " inputs");
        }
        super.beforeInitialize(inputShapes);
    }
}
