package io.latefusion.report.compare;

/**
 * Input the gate cannot use (a missing, corrupt, foreign or empty file, nothing in common, a bad
 * option): the comparison would mean nothing, so the command exits 2 with this one-line message,
 * which names the file and the reason.
 */
public class CompareException extends RuntimeException {

    public CompareException(String message) {
        super(message);
    }

    public CompareException(String message, Throwable cause) {
        super(message, cause);
    }
}
