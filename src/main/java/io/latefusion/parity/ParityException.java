package io.latefusion.parity;

/**
 * The two sides cannot be compared: different models (parameter counts), different batches, or a
 * PyTorch script that failed or printed something other than its JSON. The command exits 1 with
 * this one-line message.
 */
public class ParityException extends RuntimeException {

    public ParityException(String message) {
        super(message);
    }

    public ParityException(String message, Throwable cause) {
        super(message, cause);
    }
}
