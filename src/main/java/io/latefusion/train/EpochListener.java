package io.latefusion.train;

/** Told after every epoch; {@code best} says the epoch is the best so far (a checkpoint to keep). */
@FunctionalInterface
public interface EpochListener {

    void onEpoch(EpochRecord record, boolean best, int epochCap);
}
