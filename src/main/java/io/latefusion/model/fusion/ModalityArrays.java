package io.latefusion.model.fusion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;

/**
 * Joins and masks per-modality arrays without losing their gradients. DJL's {@link
 * NDArrays#concat(NDList, int)} of a single array returns a detached duplicate, which cut the
 * gradient to a single-encoder model's encoder; here a single array is passed through (concat) or
 * reshaped (stack) instead.
 */
final class ModalityArrays {

    /** How far {@link #pushDownAbsent} lowers an absent entry: exp(−1e9) is 0 in float32. */
    static final float ABSENT = 1e9f;

    private ModalityArrays() {
    }

    /** The arrays side by side along the feature axis 1: (B, Σ widths). */
    static NDArray concat(NDList arrays) {
        return arrays.size() == 1 ? arrays.get(0) : NDArrays.concat(arrays, 1);
    }

    /** The arrays stacked along a new modality axis 1: (B, M, …). */
    static NDArray stack(NDList arrays) {
        return arrays.size() == 1 ? arrays.get(0).expandDims(1) : NDArrays.stack(arrays, 1);
    }

    /** {@code values} (B, M, …) with the absent modalities' entries set to 0. */
    static NDArray zeroAbsent(NDArray values, NDArray mask) {
        return values.mul(broadcastable(mask, values.getShape().dimension()));
    }

    /**
     * {@code values} (B, M, …) with the absent modalities' entries lowered by {@link #ABSENT}, so
     * that a maximum or a softmax over the modality axis gives them nothing (a finite fill: with −∞
     * the present entries' 0·∞ would be NaN). The mask has a present modality in every row.
     */
    static NDArray pushDownAbsent(NDArray values, NDArray mask) {
        return values.add(broadcastable(mask, values.getShape().dimension()).sub(1).mul(ABSENT));
    }

    /** A (B, M, …) array padded with trailing axes of 1 to broadcast over arrays of {@code rank} dimensions. */
    static NDArray broadcastable(NDArray perModality, int rank) {
        NDArray m = perModality;
        while (m.getShape().dimension() < rank) {
            m = m.expandDims(m.getShape().dimension());
        }
        return m;
    }
}
