package io.latefusion.data.avmnist;

/**
 * Settings of the MultiBench-layout AVMNIST loader: how many of the last training rows form the
 * validation split (MultiBench uses train[55000:], i.e. 5000). It must also stay below the number of
 * training rows, which the loader checks against the files.
 */
public record MultibenchAvmnistOptions(int validationSize) {

    public MultibenchAvmnistOptions {
        if (validationSize < 1) {
            throw new IllegalArgumentException("Invalid validation size: " + validationSize + " (expected >= 1)");
        }
    }

    /** MultiBench's split: the last 5000 training rows validate. */
    public static MultibenchAvmnistOptions defaults() {
        return new MultibenchAvmnistOptions(5000);
    }
}
