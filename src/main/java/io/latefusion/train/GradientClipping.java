package io.latefusion.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * Global-norm gradient clipping, as PyTorch's {@code clip_grad_norm_} (the study's MOSI setting,
 * 1.0): when the L2 norm of all trainable gradients together exceeds the limit, every gradient is
 * scaled in place by {@code limit / (norm + 1e-6)}, so the update keeps its direction. DJL's
 * {@code optClipGrad} clips each element instead, which changes the direction. Run it between the
 * backward pass and the optimiser step; the gradient handles live in {@code step}, closed with it.
 */
final class GradientClipping {

    private GradientClipping() {
    }

    /** Clips the gradients of {@code block}'s trainable parameters to {@code limit}; returns the norm before. */
    static double clip(Block block, double limit, NDManager step) {
        List<NDArray> gradients = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            Parameter parameter = p.getValue();
            if (parameter.requiresGradient() && parameter.isInitialized() && parameter.getArray().hasGradient()) {
                NDArray gradient = parameter.getArray().getGradient();
                gradient.attach(step);
                gradients.add(gradient);
            }
        }
        if (gradients.isEmpty()) {
            return 0;
        }
        NDArray squares = gradients.get(0).square().sum();
        for (NDArray g : gradients.subList(1, gradients.size())) {
            squares = squares.add(g.square().sum());
        }
        double norm = Math.sqrt(squares.getFloat()); // one device read per step, not one per parameter
        double scale = limit / (norm + 1e-6);
        if (scale < 1) {
            for (NDArray g : gradients) {
                g.muli((float) scale);
            }
        }
        return norm;
    }
}
