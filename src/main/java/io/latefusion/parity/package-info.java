/**
 * Side by side with PyTorch: the {@code parity} command times our {@code trainStep} of some grid
 * cells through JMH, then the same models in PyTorch eager ({@code bench/pytorch_parity.py}), and
 * reports the step-time ratio with a bootstrap confidence interval against a goal.
 */
package io.latefusion.parity;
