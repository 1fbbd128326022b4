package io.latefusion.parity;

import java.util.Map;

/** What the PyTorch side gave: its measurements, or the note why there are none. */
public sealed interface PyTorchOutcome {

    /**
     * The script ran.
     *
     * @param python       the interpreter that ran it
     * @param torchVersion {@code torch.__version__}
     * @param blas         the BLAS library the script's process loaded (Debian's torch uses the system's:
     *                     the reference BLAS is far slower than a tuned one, so the report names it)
     * @param cells        each cell's throughput by cell id
     */
    record Measured(String python, String torchVersion, String blas, Map<String, StepThroughput> cells) implements PyTorchOutcome {
        public Measured {
            cells = Map.copyOf(cells);
        }
    }

    /** No interpreter with torch: {@code note} says so in one line. */
    record Skipped(String note) implements PyTorchOutcome {
    }
}
