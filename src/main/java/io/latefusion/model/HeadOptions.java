package io.latefusion.model;

import java.util.List;

/**
 * The classifier after fusion: hidden layers of the given {@code type} (default {@code mlp}:
 * Linear+ReLU), each followed by its dropout rate, then Linear(→ classes). The study's AVMNIST head
 * is mlp hidden [128, 64] with dropout [0.5, 0.0]; its MM-IMDb head is maxout [512, 512] with
 * dropout [0.5, 0.5].
 */
public record HeadOptions(List<Integer> hidden, List<Double> dropout, HeadType type) {

    /** An mlp head. */
    public HeadOptions(List<Integer> hidden, List<Double> dropout) {
        this(hidden, dropout, HeadType.MLP);
    }

    public HeadOptions {
        type = type == null ? HeadType.MLP : type;
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
        dropout = dropout == null ? List.of() : List.copyOf(dropout);
        if (hidden.size() != dropout.size()) {
            throw new IllegalArgumentException("Invalid model.head: " + hidden.size() + " hidden sizes but "
                    + dropout.size() + " dropout rates (expected one rate per hidden layer)");
        }
        for (int h : hidden) {
            if (h < 1) {
                throw new IllegalArgumentException("Invalid model.head.hidden size: " + h + " (expected ≥ 1)");
            }
        }
        for (double d : dropout) {
            if (!(d >= 0 && d < 1)) {
                throw new IllegalArgumentException("Invalid model.head.dropout rate: " + d + " (expected 0 ≤ rate < 1)");
            }
        }
    }

    /** A head with no hidden layer: one Linear to the classes (the pre-training head). */
    public static HeadOptions linear() {
        return new HeadOptions(List.of(), List.of());
    }
}
