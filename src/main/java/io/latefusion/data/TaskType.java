package io.latefusion.data;

/**
 * What the labels mean: one class per sample (AVMNIST, MOSI 3-class), several classes per sample
 * (MM-IMDb genres), or a real value (MOSI sentiment regression).
 */
public enum TaskType {
    SINGLE_LABEL,
    MULTI_LABEL,
    REGRESSION
}
