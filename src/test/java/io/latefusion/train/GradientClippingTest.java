package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradientClippingTest {

    @Test
    void scalesAllGradientsTogetherToTheLimitKeepingTheirDirection() {
        List<float[]> before = new ArrayList<>();
        List<float[]> after = new ArrayList<>();
        double[] norm = new double[1];
        withGradients((block, step) -> {
            block.getParameters().forEach(p -> before.add(p.getValue().getArray().getGradient().toFloatArray()));
            norm[0] = GradientClipping.clip(block, 0.5, step);
            block.getParameters().forEach(p -> after.add(p.getValue().getArray().getGradient().toFloatArray()));
        });
        double expectedNorm = Math.sqrt(before.stream().mapToDouble(GradientClippingTest::squares).sum());
        assertThat(norm[0]).isCloseTo(expectedNorm, within(1e-4 * expectedNorm)).isGreaterThan(0.5);
        assertThat(Math.sqrt(after.stream().mapToDouble(GradientClippingTest::squares).sum()))
                .isCloseTo(0.5, within(1e-4));
        double scale = 0.5 / (norm[0] + 1e-6);
        for (int i = 0; i < before.size(); i++) {
            for (int j = 0; j < before.get(i).length; j++) {
                assertThat(after.get(i)[j]).isCloseTo((float) (before.get(i)[j] * scale), within(1e-5f));
            }
        }
    }

    @Test
    void leavesGradientsUnderTheLimitAlone() {
        withGradients((block, step) -> {
            List<float[]> before = new ArrayList<>();
            block.getParameters().forEach(p -> before.add(p.getValue().getArray().getGradient().toFloatArray()));
            GradientClipping.clip(block, 1e6, step);
            int[] i = {0};
            block.getParameters().forEach(p ->
                    assertThat(p.getValue().getArray().getGradient().toFloatArray()).containsExactly(before.get(i[0]++)));
        });
    }

    private interface Check {
        void run(Block block, NDManager step);
    }

    /** A two-layer net after one backward pass on a large loss, its gradients in place. */
    private static void withGradients(Check check) {
        Engine.getInstance().setRandomSeed(3);
        Block block = new SequentialBlock().add(Linear.builder().setUnits(4).build())
                .add(Linear.builder().setUnits(1).build());
        try (Model model = Model.newInstance("clip")) {
            model.setBlock(block);
            try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(Loss.l2Loss()))) {
                trainer.initialize(new Shape(8, 3));
                try (NDManager step = trainer.getManager().newSubManager()) {
                    NDArray x = step.arange(24f).reshape(8, 3);
                    try (GradientCollector collector = trainer.newGradientCollector()) {
                        NDArray out = trainer.forward(new NDList(x)).singletonOrThrow();
                        collector.backward(trainer.getLoss().evaluate(new NDList(step.full(new Shape(8, 1), 100f)),
                                new NDList(out)));
                    }
                    check.run(block, step);
                }
            }
        }
    }

    private static double squares(float[] values) {
        double s = 0;
        for (float v : values) {
            s += (double) v * v;
        }
        return s;
    }
}
