package io.latefusion.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;

/**
 * MultiBench's {@code Maxout(d, m, k)} layer: Linear(d → m·k), viewed as (B, m, k), then the
 * maximum over the k pieces — the unit of the study's MM-IMDb classifier and of MultiBench's
 * MaxOut-MLP encoders. Weights are drawn as PyTorch's nn.Linear.
 */
final class Maxout {

    private Maxout() {
    }

    /** A maxout layer of {@code units} outputs, each the maximum of {@code pieces} linear pieces. */
    static Block of(int units, int pieces) {
        if (units < 1 || pieces < 1) {
            throw new IllegalArgumentException("Invalid maxout layer: " + units + " units × " + pieces
                    + " pieces (expected both ≥ 1)");
        }
        return new SequentialBlock()
                .add(Layers.linear(Math.multiplyExact(units, pieces), TorchInit.DEFAULT_WEIGHT))
                .add(new LambdaBlock(list -> {
                    NDArray x = list.singletonOrThrow();
                    return new NDList(x.reshape(x.getShape().get(0), units, pieces).max(new int[] {2}));
                }, "maxout"));
    }
}
