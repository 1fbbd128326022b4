package io.latefusion.parity;

import io.latefusion.experiment.Cell;
import java.nio.file.Path;

/** Times our training step of one cell. */
public interface StepTimer {

    /**
     * Our {@code trainStep} throughput of {@code cell} under {@code settings}, with the model's
     * parameter count; any files of the run go into {@code runFolder}.
     */
    StepThroughput time(Cell cell, ParitySettings settings, Path runFolder);
}
