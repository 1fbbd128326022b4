package io.latefusion.model;

import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.initializer.XavierInitializer.FactorType;
import ai.djl.training.initializer.XavierInitializer.RandomType;

/**
 * DJL initializers that draw weights as PyTorch's do. DJL's {@link XavierInitializer} draws from
 * U(±√(m / fan)) or N(0, √(m / fan)) and computes fan_in = in × kernel area and fan_out = out ×
 * kernel area exactly as {@code torch.nn.init} does, so a magnitude m picks the PyTorch rule.
 *
 * <p>Biases stay at DJL's default of zero: PyTorch draws a Conv2d's or Linear's bias from U(±1/√fan_in),
 * which needs the weight's fan-in, something a DJL initializer never sees. BatchNorm keeps DJL's
 * defaults, weight 1 and bias 0, as PyTorch and torchvision have it.
 */
public final class TorchInit {

    /** PyTorch's default Conv2d and Linear weight, {@code kaiming_uniform_(a=√5)}: U(±1/√fan_in). */
    public static final Initializer DEFAULT_WEIGHT =
            new XavierInitializer(RandomType.UNIFORM, FactorType.IN, 1f);

    /** {@code kaiming_uniform_} with its defaults (a=0, fan_in, leaky_relu): U(±√(6/fan_in)). */
    static final Initializer KAIMING_UNIFORM =
            new XavierInitializer(RandomType.UNIFORM, FactorType.IN, 6f);

    /** {@code kaiming_normal_(mode='fan_out', nonlinearity='relu')}: N(0, √(2/fan_out)). */
    static final Initializer KAIMING_NORMAL_FAN_OUT =
            new XavierInitializer(RandomType.GAUSSIAN, FactorType.OUT, 2f);

    private TorchInit() {}
}
