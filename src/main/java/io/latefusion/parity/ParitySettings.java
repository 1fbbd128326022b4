package io.latefusion.parity;

/**
 * How both sides are timed, JMH's way: per fork, {@code warmup} iterations of {@code seconds}
 * discarded, then {@code iterations} iterations of {@code seconds}, each one steps/s figure.
 *
 * @param threads    torch intra-op threads on both sides (inter-op: 1)
 * @param forks      forks (fresh JVMs for ours, repeated measurement blocks for PyTorch)
 * @param warmup     warm-up iterations per fork
 * @param iterations measurement iterations per fork
 * @param seconds    the length of one iteration
 */
public record ParitySettings(int threads, int forks, int warmup, int iterations, int seconds) {

    public ParitySettings {
        require(threads >= 1, "--threads", threads, "a whole number ≥ 1");
        require(forks >= 1, "--forks", forks, "a whole number ≥ 1");
        require(warmup >= 0, "--warmup", warmup, "a whole number ≥ 0");
        require(iterations >= 1, "--iterations", iterations, "a whole number ≥ 1");
        require(seconds >= 1, "--time", seconds, "whole seconds ≥ 1");
    }

    private static void require(boolean ok, String option, int value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException("Invalid " + option + " " + value + ": expected " + expected);
        }
    }
}
